import jscodeshift, { type JSCodeshift } from 'jscodeshift';

/** As @next/codemod does: `.ts` files get the `ts` parser so `<T>(x) => x` parses; the rest get `tsx`. */
export function jscodeshiftFor(file: string): JSCodeshift {
  return jscodeshift.withParser(/\.(c|m)?ts$/.test(file) ? 'ts' : 'tsx');
}

export function isTypeScript(file: string): boolean {
  return /\.(c|m)?tsx?$/.test(file);
}
