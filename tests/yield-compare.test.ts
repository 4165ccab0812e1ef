// The yield's comparison of a run with the hand labels: the figures `npm run yield` prints.
import { describe, expect, it } from 'vitest';
import { compareLabels, reasonFamily, type AppLabels } from '../corpus/compare-labels.ts';
import { renderYield } from '../corpus/render-yield.ts';

const labels: AppLabels = {
  app: 'owner+app',
  appDir: '.',
  routes: [
    { file: 'app/api/a/route.ts', url: '/api/a', label: 'internal', expected: 'action', why: '', evidence: [] },
    { file: 'app/api/b/route.ts', url: '/api/b', label: 'internal', expected: 'action', why: '', evidence: [] },
    { file: 'app/api/hook/route.ts', url: '/api/hook', label: 'external', expected: 'route', why: '', evidence: [] },
    { file: 'app/api/maybe/route.ts', url: '/api/maybe', label: 'ambiguous', expected: 'route', why: '', evidence: [] },
  ],
};

const audit = {
  routes: [
    { file: 'app/api/a/route.ts', url: '/api/a', method: 'POST', decision: 'action', reasons: [] },
    { file: 'app/api/b/route.ts', url: '/api/b', method: 'POST', decision: 'action', reasons: [] },
    { file: 'app/api/hook/route.ts', url: '/api/hook', method: 'POST', decision: 'route', reasons: [{ rule: 'external-signature', effect: 'route' }, { rule: 'no-callers', effect: 'route' }] },
    { file: 'app/api/maybe/route.ts', url: '/api/maybe', method: 'POST', decision: 'action', reasons: [] },
    { file: 'app/api/hook/route.ts', url: '/api/hook', method: 'GET', decision: 'route', reasons: [] },
    { file: 'app/api/new/route.ts', url: '/api/new', method: 'POST', decision: 'route', reasons: [{ rule: 'no-callers', effect: 'route' }] },
  ],
};

const plan = {
  units: [
    { direction: 'to-action', route: { file: 'app/api/a/route.ts', method: 'POST' }, status: 'planned', problems: [] },
    { direction: 'to-action', route: { file: 'app/api/b/route.ts', method: 'POST' }, status: 'declined', problems: [{ file: 'components/b.tsx', line: 3, reason: 'caller not rewritten with certainty: it reads `res.headers` at line 4' }] },
    { direction: 'to-action', route: { file: 'app/api/maybe/route.ts', method: 'POST' }, status: 'planned', problems: [] },
  ],
};

describe('compareLabels', () => {
  const result = compareLabels(labels, { audit, plan, changed: ['app/api/a/route.ts', 'app/api/maybe/route.ts', 'components/a.tsx'], unparsable: [], secondRunChanges: [] });

  it('counts POST routes, labels, decisions and conversions', () => {
    expect(result).toMatchObject({
      post: 5,
      labelled: { internal: 2, internalKept: 0, external: 1, ambiguous: 1 },
      decidedAction: 3,
      internalToAction: { labelled: 2, decidedAction: 2, converted: 1 },
      converted: 2,
    });
  });

  it('lists a decision against the label, and an ambiguous route the migration changed', () => {
    expect(result.wrongDecisions.map((v) => v.file)).toEqual(['app/api/maybe/route.ts']);
    expect(result.externalChanged.map((v) => v.file)).toEqual(['app/api/maybe/route.ts']);
  });

  it('lists POST routes nobody labelled', () => {
    expect(result.unlabelled).toEqual(['app/api/new/route.ts']);
  });

  it('groups why routes were kept by rule and why units were declined by kind of reason', () => {
    expect(result.keptBy).toEqual({ 'external-signature': 1, 'no-callers': 2 });
    expect(result.declinedBy).toEqual({ 'caller not rewritten with certainty': 1 });
  });

  it('reports a crash with what it had', () => {
    const crashed = compareLabels(labels, { crash: 'audit: boom' });
    expect(crashed).toMatchObject({ crash: 'audit: boom', post: 0, converted: 0 });
    expect(renderYield([crashed])).toContain('owner+app: crashed: audit: boom');
  });
});

describe('reasonFamily', () => {
  it('drops names, paths, lines and numbers so alike reasons count together', () => {
    expect(reasonFamily('the handler reads request.json, which an action does not receive')).toBe('the handler reads request.json, which an action does not receive');
    expect(reasonFamily('the route sets `maxDuration`, which would not apply to an action')).toBe('the route sets …, which would not apply to an action');
    expect(reasonFamily('lib/a.tsx:12 is shared')).toBe('FILE is shared');
  });
});

describe('renderYield', () => {
  it('prints a row per app and a total with the percentage of internal routes decided action', () => {
    const text = renderYield([compareLabels(labels, { audit, plan, changed: ['app/api/a/route.ts'], unparsable: [], secondRunChanges: [] })]);
    expect(text).toMatch(/^\| owner\+app +\| +5 \| +2 \| +0 \| +2 \| +3 \| +2 \(100%\) \| +1 \| +1 \(50%\) \| +1 \| +0 \| +0 \| +no \| +no \|$/m);
    expect(text).toMatch(/^\| \*\*total \(1 apps\)\*\* /m);
  });
});
