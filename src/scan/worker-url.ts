/**
 * The compiled scan worker: from dist/ even when this module runs from its TypeScript source
 * (tests). Kept apart, and imported only when workers start, because `import.meta` does not
 * load under jscodeshift's CommonJS babel-register.
 */
export function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/src/scan/scan-worker.js', import.meta.url) : new URL('./scan-worker.js', import.meta.url);
}
