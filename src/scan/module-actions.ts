import type { Comment, File, Node } from '@babel/types';
import { isFunctionNode, lineOf, unwrap } from './ast.ts';
import type { ActionFact } from './facts.ts';
import { collectSignals, type Signal } from './signals.ts';

export function externalTag(comments: readonly Comment[] | null | undefined): ActionFact['external'] {
  for (const comment of comments ?? []) {
    if (comment.type !== 'CommentBlock' || !comment.value.startsWith('*')) continue;
    const lines = comment.value.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const match = /@external\b(?:[ \t]+(\/[^\s*]*))?/.exec(lines[i]!);
      if (match) return { line: (comment.loc?.start.line ?? 1) + i, path: match[2] ?? match[1] };
    }
  }
  return undefined;
}

export function isExternalSignal(signal: Signal): boolean {
  return signal.kind === 'signature' || signal.kind === 'api-key-header' || signal.kind === 'cron-secret';
}

/** In a `'use server'` module every exported async function is an action. */
export function moduleActions(body: File['program']['body'], functions: Map<string, Node>): ActionFact[] {
  const actions: ActionFact[] = [];
  const add = (name: string, fn: Node | undefined, at: Node, comments: readonly Comment[] | null | undefined) => {
    if (!fn || !isFunctionNode(fn) || !fn.async) return;
    actions.push({
      name,
      line: lineOf(at),
      form: 'module',
      exported: true,
      external: externalTag(comments) ?? externalTag(fn.leadingComments),
      signals: collectSignals([fn], undefined).filter(isExternalSignal),
    });
  };
  for (const statement of body) {
    if (statement.type === 'ExportNamedDeclaration' && !statement.source) {
      const decl = statement.declaration;
      if (decl?.type === 'FunctionDeclaration' && decl.id) add(decl.id.name, decl, statement, statement.leadingComments);
      if (decl?.type === 'VariableDeclaration') {
        for (const d of decl.declarations) {
          if (d.id.type === 'Identifier' && d.init) add(d.id.name, unwrap(d.init), statement, statement.leadingComments);
        }
      }
      for (const s of statement.specifiers) {
        if (s.type !== 'ExportSpecifier') continue;
        const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
        const fn = functions.get(s.local.name);
        const declaration = body.find((b) => (b.type === 'FunctionDeclaration' && b.id?.name === s.local.name) || (b.type === 'VariableDeclaration' && b.declarations.some((d) => d.id.type === 'Identifier' && d.id.name === s.local.name)));
        add(exported, fn, s, declaration?.leadingComments);
      }
    }
    if (statement.type === 'ExportDefaultDeclaration') {
      const decl = statement.declaration;
      const fn = decl.type === 'Identifier' ? functions.get(decl.name) : decl;
      add('default', fn, statement, statement.leadingComments);
    }
  }
  return actions;
}
