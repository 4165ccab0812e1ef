import v8 from 'node:v8';

/**
 * For a process the tool owns (the CLI, the bench), not for a library caller's. A scan makes
 * and drops thousands of Babel ASTs, and now and then V8's allocation-site pretenuring starts
 * putting their nodes straight into the old generation, which then fills with about 200 MB
 * of garbage before it is collected. With pretenuring on, 7 of 79 migrations of the
 * 10,000-file bench app peaked at 320–340 MiB instead of 170–190; with it off, 0 of 95, and
 * no slower. V8 reads this flag at each collection, so setting it at start-up takes effect.
 */
export function tuneHeapForScanning(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
