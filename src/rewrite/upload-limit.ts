import { walk } from '../scan/ast.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

/** Next's default `serverActions.bodySizeLimit`. */
export const DEFAULT_BODY_LIMIT = { bytes: 1024 * 1024, written: '1 MB (the default)' };

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** `'4mb'`, `'500kb'` or a number of bytes, as next.config takes them. */
export function bodyLimitBytes(value: string | number): number | undefined {
  if (typeof value === 'number') return value;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(value);
  return m ? Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]! : undefined;
}

function numberOf(node: AnyNode): number | undefined {
  if (node?.type === 'NumericLiteral') return node.value;
  if (node?.type === 'BinaryExpression' && (node.operator === '*' || node.operator === '+')) {
    const [a, b] = [numberOf(node.left), numberOf(node.right)];
    if (a === undefined || b === undefined) return undefined;
    return node.operator === '*' ? a * b : a + b;
  }
  return undefined;
}

/**
 * The largest upload the handler accepts, when it refuses bigger ones itself:
 * `if (file.size > 4 * 1024 * 1024) return …`. Undefined when it checks no size.
 */
export function acceptedUploadBytes(fn: AnyNode): number | undefined {
  let largest: number | undefined;
  walk(fn.body, (node: AnyNode) => {
    if (node.type !== 'IfStatement' || node.test.type !== 'BinaryExpression') return;
    const { left, right, operator } = node.test;
    const isSize = (n: AnyNode) => n?.type === 'MemberExpression' && !n.computed && n.property.name === 'size';
    let limit: number | undefined;
    if (isSize(left) && (operator === '>' || operator === '>=')) limit = numberOf(right);
    if (isSize(right) && (operator === '<' || operator === '<=')) limit = numberOf(left);
    const refuses = node.consequent.type === 'ReturnStatement' || node.consequent.type === 'ThrowStatement' || node.consequent.body?.some((s: AnyNode) => s.type === 'ReturnStatement' || s.type === 'ThrowStatement');
    if (limit !== undefined && refuses) largest = Math.max(largest ?? 0, limit);
  });
  return largest;
}
