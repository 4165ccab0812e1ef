import type { ParserOptions } from '@babel/parser';
import type { File } from '@babel/types';

declare const babel: {
  parse(source: string, options: ParserOptions): File;
  visitorKeys(): Record<string, readonly string[]>;
};
export = babel;
