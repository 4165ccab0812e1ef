import type { Node } from '@babel/types';
import { calleeName, unwrap } from './ast.ts';

/** Marks a part of a URL that is only known at run time. */
export const DYNAMIC = '{}';

export interface UrlShape {
  /** `relative`: '/api/x'; `absolute`: 'https://host/api/x'; `dynamic-origin`: `${base}/api/x`. */
  origin: 'relative' | 'absolute' | 'dynamic-origin';
  host?: string;
  /** Path without query or hash, `{}` for dynamic parts. */
  path: string;
  /** The whole URL as written, for reports. */
  written: string;
}

/**
 * Module-wide `const NAME = …` bindings whose name is declared once and never assigned again, for resolving
 * `fetch(API + '/x')`. The file's one walk notes every node here; read them once it ends.
 */
export class ConstantBindings {
  private readonly seen = new Map<string, Node | null>();
  private readonly assigned = new Set<string>();

  /** Names imported from other modules: a URL part written with one reads as `{@name}` until the link step looks it up. */
  constructor(readonly imported: ReadonlySet<string> = new Set()) {}

  note(node: Node): void {
    if (node.type !== 'VariableDeclarator' || node.id.type !== 'Identifier') return;
    const name = node.id.name;
    this.seen.set(name, this.seen.has(name) || !node.init ? null : node.init);
  }

  /** `url = '/api/drafts'`, `count++`: a name assigned after its declaration holds no one value. */
  noteAssignment(node: Node): void {
    const target = node.type === 'AssignmentExpression' ? node.left : node.type === 'UpdateExpression' ? node.argument : undefined;
    if (target?.type !== 'Identifier') return;
    this.seen.set(target.name, null);
    this.assigned.add(target.name);
  }

  /** A name some statement assigns to after its declaration. */
  isReassigned(name: string): boolean {
    return this.assigned.has(name);
  }

  /** `enum ApiPath { Chat = '/api/chat' }`: read like an object of constants. */
  noteEnum(node: Node): void {
    if (node.type !== 'TSEnumDeclaration') return;
    this.seen.set(node.id.name, this.seen.has(node.id.name) ? null : node);
  }

  get(name: string): Node | undefined {
    return this.seen.get(name) ?? undefined;
  }
}

/** The text of a string-building expression, with `{}` for each part that isn't static. */
export function urlText(node: Node, constants: { get(name: string): Node | undefined; imported?: ReadonlySet<string> }, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  const n = unwrap(node);
  switch (n.type) {
    case 'StringLiteral':
      return n.value;
    case 'TemplateLiteral': {
      let text = '';
      n.quasis.forEach((quasi, i) => {
        text += quasi.value.cooked ?? quasi.value.raw;
        const expr = n.expressions[i];
        if (expr) text += urlText(expr, constants, depth + 1) ?? DYNAMIC;
      });
      return text;
    }
    case 'BinaryExpression': {
      if (n.operator !== '+') return undefined;
      const left = urlText(n.left, constants, depth + 1) ?? DYNAMIC;
      const right = urlText(n.right, constants, depth + 1) ?? DYNAMIC;
      return left === DYNAMIC && right === DYNAMIC ? undefined : left + right;
    }
    case 'Identifier': {
      const init = constants.get(n.name);
      if (!init && constants.imported?.has(n.name)) return importedPart(n.name);
      return init ? urlText(init, constants, depth + 1) : undefined;
    }
    case 'MemberExpression': {
      // ApiPath.Chat, with `ApiPath` an enum or object imported from another module
      const path = !n.computed && n.object.type === 'Identifier' && n.property.type === 'Identifier' ? `${n.object.name}.${n.property.name}` : undefined;
      if (path && constants.imported?.has(n.object.type === 'Identifier' ? n.object.name : '')) return importedPart(path);
      const owner = path && n.object.type === 'Identifier' ? constants.get(n.object.name) : undefined;
      const member = owner && n.property.type === 'Identifier' ? memberValue(owner, n.property.name) : undefined;
      return member ? urlText(member, constants, depth + 1) : undefined;
    }
    case 'NewExpression': {
      // new URL('/api/x', base) → '/api/x'; new URL('https://host/x') → itself
      if (calleeName(n) !== 'URL' || !n.arguments[0]) return undefined;
      return urlText(n.arguments[0], constants, depth + 1);
    }
    case 'CallExpression': {
      // `url.toString()` / `String(url)`
      const name = calleeName(n);
      if (name === 'String' && n.arguments[0]) return urlText(n.arguments[0], constants, depth + 1);
      if (n.callee.type === 'MemberExpression' && name?.endsWith('.toString')) return urlText(n.callee.object, constants, depth + 1);
      return undefined;
    }
    default:
      return undefined;
  }
}

/** `{ chat: '/api/chat' }.chat`, and an enum's member: the value written for `name`. */
export function memberValue(owner: Node, name: string): Node | undefined {
  const n = unwrap(owner);
  if (n.type === 'ObjectExpression') {
    for (const p of n.properties) {
      if (p.type === 'ObjectProperty' && !p.computed && ((p.key.type === 'Identifier' && p.key.name === name) || (p.key.type === 'StringLiteral' && p.key.value === name))) return p.value as Node;
    }
  }
  if (n.type === 'TSEnumDeclaration') {
    for (const m of n.members) {
      if (((m.id.type === 'Identifier' && m.id.name === name) || (m.id.type === 'StringLiteral' && m.id.value === name)) && m.initializer) return m.initializer;
    }
  }
  return undefined;
}

/** The placeholder for a URL part imported from another module, resolved when files are linked. */
export function importedPart(name: string): string {
  return `{@${name}}`;
}

export const IMPORTED_PART = /\{@([\w$]+(?:\.[\w$]+)?)\}/g;

/** True for text that reads as a URL or a path of one: what a request or a route could use. */
export function isUrlLike(text: string): boolean {
  return /^(\/(?!\/)|https?:\/\/|\{\}\/|\{@)/.test(text) && !/\s/.test(text);
}

export function shapeUrl(text: string): UrlShape | undefined {
  const cut = (path: string) => path.split(/[?#]/)[0] || '/';
  const absolute = /^(?:https?:)?\/\/([^/?#]+)(.*)$/i.exec(text);
  if (absolute) {
    return { origin: 'absolute', host: absolute[1]!.toLowerCase(), path: cut(absolute[2] || '/'), written: text };
  }
  if (text.startsWith('/')) return { origin: 'relative', path: cut(text), written: text };
  if (text.startsWith(DYNAMIC)) {
    const rest = text.slice(DYNAMIC.length);
    if (rest.startsWith('/')) return { origin: 'dynamic-origin', path: cut(rest), written: text };
  }
  return undefined;
}

export function joinAxiosUrl(base: string, url: string): string {
  if (!base || /^(https?:)?\/\//i.test(url)) return url;
  return `${base.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}
