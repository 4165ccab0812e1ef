import { describe, expect, it } from 'vitest';
import { matchUrl, routesForPath } from '../src/analyze/match-url.ts';
import { compileMatcher, matcherCovers } from '../src/analyze/middleware-coverage.ts';
import { routeUrlOf } from '../src/scan/route-url.ts';
import { shapeUrl } from '../src/scan/url-expression.ts';

describe('routeUrlOf follows Next routing rules', () => {
  it.each([
    ['app/api/posts/route.ts', '/api/posts'],
    ['src/app/api/posts/route.tsx', '/api/posts'],
    ['app/(shop)/api/cart/route.js', '/api/cart'],
    ['app/@modal/api/x/route.mjs', '/api/x'],
    ['app/api/posts/[id]/route.ts', '/api/posts/[id]'],
    ['app/route.ts', '/'],
    ['app/%5Fescaped/route.ts', '/_escaped'],
  ])('%s → %s', (file, url) => expect(routeUrlOf(file)).toBe(url));

  it.each(['app/_lib/route.ts', 'app/api/x/_route.ts', 'app/api/x/route.test.ts', 'lib/route.ts', 'app/api/x/route.cjs'])('%s is not a route handler', (file) => {
    expect(routeUrlOf(file)).toBeUndefined();
  });

  it('puts basePath first', () => expect(routeUrlOf('app/api/a/route.ts', '/docs')).toBe('/docs/api/a'));
});

describe('matchUrl', () => {
  it('matches dynamic segments', () => {
    expect(matchUrl('/api/posts/{}/like', '/api/posts/[id]/like')).toBe('exact');
    expect(matchUrl('/api/posts/42/like', '/api/posts/[id]/like')).toBe('exact');
  });
  it('matches catch-all and optional catch-all', () => {
    expect(matchUrl('/api/files/a/b', '/api/files/[...path]')).toBe('exact');
    expect(matchUrl('/api/files', '/api/files/[...path]')).toBeUndefined();
    expect(matchUrl('/api/files', '/api/files/[[...path]]')).toBe('exact');
  });
  it('a dynamic part where the route is fixed matches only loosely', () => {
    expect(matchUrl('/api/{}', '/api/posts')).toBe('loose');
    expect(matchUrl('/api/{}', '/api/posts/[id]/like')).toBe('loose');
  });
  it('does not match other paths', () => {
    expect(matchUrl('/api/post', '/api/posts')).toBeUndefined();
    expect(matchUrl('/api/posts/1/x', '/api/posts/[id]')).toBeUndefined();
  });
  it('prefers the static route, as Next does', () => {
    const routes = [{ url: '/api/posts/[id]' }, { url: '/api/posts/new' }];
    expect(routesForPath('/api/posts/new', routes).map((m) => m.route.url)).toEqual(['/api/posts/new']);
    expect(routesForPath('/api/posts/7', routes).map((m) => m.route.url)).toEqual(['/api/posts/[id]']);
  });
});

describe('shapeUrl', () => {
  it('cuts query and hash, and reads hosts', () => {
    expect(shapeUrl('/api/search?q={}')).toMatchObject({ origin: 'relative', path: '/api/search' });
    expect(shapeUrl('https://Example.com/api/x#y')).toMatchObject({ origin: 'absolute', host: 'example.com', path: '/api/x' });
    expect(shapeUrl('{}/api/x')).toMatchObject({ origin: 'dynamic-origin', path: '/api/x' });
    expect(shapeUrl('api/x')).toBeUndefined();
  });
});

describe('proxy matchers are compiled the way Next compiles them', () => {
  it.each([
    ['/api/:path*', '/api/reports', true],
    ['/api/:path*', '/api', true],
    ['/api/:path*', '/dashboard', false],
    ['/api/reports/:path*', '/api/reports', true],
    ['/api/reports/:path*', '/api/posts', false],
    ['/((?!api|_next/static|_next/image|favicon.ico).*)', '/api/posts', false],
    ['/((?!api|_next/static|_next/image|favicon.ico).*)', '/dashboard', true],
    ['/', '/', true],
  ])('%s on %s → %s', (source, path, expected) => {
    expect(compileMatcher(source, '').test(path)).toBe(expected);
  });

  it('applies basePath', () => {
    expect(compileMatcher('/api/:path*', '/docs').test('/docs/api/x')).toBe(true);
    expect(compileMatcher('/api/:path*', '/docs').test('/api/x')).toBe(false);
  });

  it('no matcher means every path; dynamic route URLs are tried with concrete segments', () => {
    expect(matcherCovers(null, '/api/x', '').covered).toBe(true);
    expect(matcherCovers([{ source: '/api/posts/:id', conditional: false }], '/api/posts/[id]', '').covered).toBe(true);
    expect(matcherCovers([{ source: '/api/posts/:id', conditional: false }], '/api/users/[id]', '').covered).toBe(false);
  });
});
