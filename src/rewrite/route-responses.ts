import { propertyKey } from '../scan/ast.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

export function numericStatus(init: AnyNode | undefined, allowed: string[]): number | 'invalid' {
  if (!init) return 200;
  if (init.type !== 'ObjectExpression') return 'invalid';
  let status = 200;
  for (const prop of init.properties) {
    const key = propertyKey(prop);
    if (prop.type !== 'ObjectProperty' && prop.type !== 'Property') return 'invalid';
    if (key === 'status') {
      if (prop.value.type !== 'NumericLiteral' && prop.value.type !== 'Literal') return 'invalid';
      status = Number(prop.value.value);
    } else if (!key || !allowed.includes(key)) return 'invalid';
  }
  return status;
}

export function resultText(status: number, data: string): string {
  return `{ ok: ${status >= 200 && status < 300}, status: ${status}, data: ${data} }`;
}

/** `new URL('/thanks', request.url)` or '/thanks' → the path node; anything else → undefined. */
export function redirectTarget(arg: AnyNode, requestUrlNews: Set<AnyNode>): AnyNode | undefined {
  const isPath = (n: AnyNode) =>
    (n?.type === 'StringLiteral' && n.value.startsWith('/') && !n.value.startsWith('//')) ||
    (n?.type === 'TemplateLiteral' && n.quasis[0].value.cooked.startsWith('/') && !n.quasis[0].value.cooked.startsWith('//'));
  if (isPath(arg)) return arg;
  if (arg?.type === 'NewExpression' && requestUrlNews.has(arg) && isPath(arg.arguments[0])) return arg.arguments[0];
  return undefined;
}
