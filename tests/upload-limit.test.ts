import { describe, expect, it } from 'vitest';
import { convertRoute } from '../src/rewrite/route-to-action.ts';
import { bodyLimitBytes } from '../src/rewrite/upload-limit.ts';
import { readBodySizeLimit } from '../src/scan/next-config.ts';
import { parseSource } from '../src/scan/parse-source.ts';

const route = (sizeCheck: string) => `import { NextResponse } from 'next/server'
import { store } from '@/lib/store'

export async function POST(request: Request) {
  const form = await request.formData()
  const file = form.get('file') as File
${sizeCheck}
  const url = await store(file)
  return NextResponse.json({ url })
}
`;
const convert = (sizeCheck: string, bodySizeLimit?: { bytes: number; written: string }) =>
  convertRoute({ file: 'app/api/avatar/route.ts', source: route(sizeCheck), method: 'POST', actionName: 'uploadAvatar', params: [], ...(bodySizeLimit ? { bodySizeLimit } : {}) });

describe('uploads and serverActions.bodySizeLimit', () => {
  it('declines a route that takes files of any size, naming the default limit', () => {
    const result = convert('');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/up to 1 MB \(the default\).*any size.*413/);
  });
  it('declines a route whose own limit is over the app\'s bodySizeLimit, naming both', () => {
    const result = convert("  if (file.size > 4 * 1024 * 1024) return new Response('Too large', { status: 413 })");
    expect(!result.ok && result.reason).toMatch(/up to 1 MB \(the default\).*up to 4194304 bytes/);
  });
  it('converts a route whose own limit fits the bodySizeLimit next.config sets', () => {
    const result = convert("  if (file.size > 4 * 1024 * 1024) return new Response('Too large', { status: 413 })", { bytes: bodyLimitBytes('5mb')!, written: "'5mb' (next.config.ts:4)" });
    expect(result.ok).toBe(true);
    expect(result.ok && result.action.functionText).toContain('export async function uploadAvatar(form: FormData)');
  });
  it('reads the limits next.config takes', () => {
    expect(bodyLimitBytes('5mb')).toBe(5 * 1024 * 1024);
    expect(bodyLimitBytes('500kb')).toBe(500 * 1024);
    expect(bodyLimitBytes(2048)).toBe(2048);
    expect(bodyLimitBytes('lots')).toBeUndefined();
  });
  it('finds bodySizeLimit in next.config, under experimental or not', () => {
    for (const config of [
      "const nextConfig = {\n  experimental: {\n    serverActions: { bodySizeLimit: '5mb' },\n  },\n}\nexport default nextConfig",
      'export default { serverActions: { bodySizeLimit: 5242880 } }',
    ]) {
      const parsed = parseSource('next.config.ts', config);
      if (!('ast' in parsed)) throw new Error('fixture does not parse');
      expect(bodyLimitBytes(readBodySizeLimit(parsed.ast)!.value)).toBe(5 * 1024 * 1024);
    }
  });
});
