import type { Node } from '@babel/types';
import { calleeName, lineOf, unwrap } from './ast.ts';
import type { UrlMention } from './facts.ts';
import { contains } from './resolve-calls.ts';
import { ConstantBindings, DYNAMIC, isUrlLike, urlText } from './url-expression.ts';

/** `<a href="/x">`, `<img src>`: an HTML element's attribute is navigation, not a value a component may fetch. */
export function isElementAttribute(parent: Node | undefined, element: Node | undefined): boolean {
  return parent?.type === 'JSXAttribute' && element?.type === 'JSXOpeningElement' && element.name.type === 'JSXIdentifier' && /^[a-z]/.test(element.name.name);
}

/** The exported constant a string initialises: `NAME`, `Enum.Member` or `object.key`, as urlConstants names them. */
export function exportedConstantOf(parents: Node[], exportedLocal: Map<string, string>): string | undefined {
  const [grand, owner, parent] = [parents[parents.length - 3], parents[parents.length - 2], parents[parents.length - 1]];
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return exportedLocal.get(parent.id.name);
  if (parent?.type === 'TSEnumMember' && owner?.type === 'TSEnumDeclaration' && parent.id.type === 'Identifier') {
    const name = exportedLocal.get(owner.id.name);
    return name && `${name}.${parent.id.name}`;
  }
  if (parent?.type === 'ObjectProperty' && !parent.computed && parent.key.type === 'Identifier' && owner?.type === 'ObjectExpression' && grand?.type === 'VariableDeclarator' && grand.id.type === 'Identifier') {
    const name = exportedLocal.get(grand.id.name);
    return name && `${name}.${parent.key.name}`;
  }
  return undefined;
}

export function isModuleSource(parent: Node | undefined): boolean {
  return !!parent && (parent.type === 'ImportDeclaration' || parent.type === 'ExportNamedDeclaration' || parent.type === 'ExportAllDeclaration' || parent.type === 'ImportExpression' || (parent.type === 'CallExpression' && (calleeName(parent) === 'require' || parent.callee.type === 'Import')));
}

/** Exported constants, enum members and object members that read as URLs: `NAME`, `Enum.Member`, `object.key`. */
export function urlConstantsOf(exports: Record<string, string>, constants: ConstantBindings): Record<string, string> {
  const found: Record<string, string> = {};
  const note = (name: string, value: Node) => {
    const v = unwrap(value);
    const text = v.type === 'StringLiteral' || v.type === 'TemplateLiteral' || v.type === 'BinaryExpression' || v.type === 'MemberExpression' ? urlText(v, constants) : undefined;
    if (text !== undefined && isUrlLike(text)) found[name] = text;
  };
  for (const [exported, local] of Object.entries(exports)) {
    const init = constants.get(local);
    if (!init) continue;
    const n = unwrap(init);
    if (n.type === 'ObjectExpression') {
      for (const p of n.properties) if (p.type === 'ObjectProperty' && !p.computed && p.key.type === 'Identifier') note(`${exported}.${p.key.name}`, p.value as Node);
    } else if (n.type === 'TSEnumDeclaration') {
      for (const m of n.members) if (m.id.type === 'Identifier' && m.initializer) note(`${exported}.${m.id.name}`, m.initializer);
    } else note(exported, n);
  }
  return found;
}

/** Path-like strings that no request in this file uses as its URL, once per text. */
export function readMentions(nodes: { node: Node; parents: Node[] }[], consumed: Node[], constants: ConstantBindings, exports: Record<string, string>): UrlMention[] {
  const mentions = new Map<string, UrlMention>();
  const exportedLocal = new Map(Object.entries(exports).map(([name, local]) => [local, name]));
  for (const { node, parents } of nodes) {
    if (consumed.some((c) => contains(c, node))) continue;
    const text = urlText(node, constants);
    if (text === undefined || !isUrlLike(text) || text === '/' || text.startsWith(DYNAMIC + DYNAMIC)) continue;
    const constant = exportedConstantOf(parents, exportedLocal);
    const parent = parents[parents.length - 1];
    // `url = '/api/drafts'`, or the first value of a `let` assigned again: a call of that text elsewhere in the file is not its only use.
    const varies = parent?.type === 'AssignmentExpression' || (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' && parent.init === node && constants.isReassigned(parent.id.name));
    const key = `${text}\0${constant ?? ''}\0${varies}`;
    if (!mentions.has(key)) mentions.set(key, { text, line: lineOf(node), ...(constant ? { exportedAs: constant } : {}), ...(varies ? { varies: true } : {}) });
  }
  return [...mentions.values()];
}
