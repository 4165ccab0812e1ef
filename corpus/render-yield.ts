import type { AppYield } from './compare-labels.ts';

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

function merged(results: AppYield[], pick: (r: AppYield) => Record<string, number>): [string, number][] {
  const all: Record<string, number> = {};
  for (const r of results) for (const [k, n] of Object.entries(pick(r))) all[k] = (all[k] ?? 0) + n;
  return Object.entries(all).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const percent = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '–');

/** The yield as a Markdown table (one row per app and a total), then the reasons, then every wrong decision. */
export function renderYield(results: AppYield[]): string {
  const sum = (pick: (r: AppYield) => number) => results.reduce((n, r) => n + pick(r), 0);
  const header = ['app', 'POST', 'internal', 'kept internal', 'external / ambiguous', 'decided action', 'internal → action', 'converted', 'internal converted', 'wrong decisions', 'ext./amb. changed', 'unparsable', '2nd run diff', 'crash'];
  const row = (name: string, r: Pick<AppYield, 'post' | 'labelled' | 'decidedAction' | 'internalToAction' | 'converted'>, wrong: number, extChanged: number, unparsable: number, second: number, crash: string) => [
    name,
    String(r.post),
    String(r.labelled.internal),
    String(r.labelled.internalKept),
    String(r.labelled.external + r.labelled.ambiguous),
    String(r.decidedAction),
    `${r.internalToAction.decidedAction} (${percent(r.internalToAction.decidedAction, r.internalToAction.labelled)})`,
    String(r.converted),
    `${r.internalToAction.converted} (${percent(r.internalToAction.converted, r.internalToAction.labelled)})`,
    String(wrong),
    String(extChanged),
    String(unparsable),
    second ? 'yes' : 'no',
    crash,
  ];
  const rows = [header];
  for (const r of results) {
    rows.push(row(r.app, r, r.wrongDecisions.length, r.externalChanged.length, r.unparsable.length, r.secondRunChanges.length, r.missing ? 'missing' : r.crash ? 'yes' : 'no'));
  }
  const total = {
    post: sum((r) => r.post),
    labelled: {
      internal: sum((r) => r.labelled.internal),
      internalKept: sum((r) => r.labelled.internalKept),
      external: sum((r) => r.labelled.external),
      ambiguous: sum((r) => r.labelled.ambiguous),
    },
    decidedAction: sum((r) => r.decidedAction),
    internalToAction: { labelled: sum((r) => r.internalToAction.labelled), decidedAction: sum((r) => r.internalToAction.decidedAction), converted: sum((r) => r.internalToAction.converted) },
    converted: sum((r) => r.converted),
  };
  rows.push(row(`**total (${results.length} apps)**`, total, sum((r) => r.wrongDecisions.length), sum((r) => r.externalChanged.length), sum((r) => r.unparsable.length), sum((r) => (r.secondRunChanges.length ? 1 : 0)), String(results.filter((r) => r.crash).length)));

  const out = [table(rows), ''];
  const list = (title: string, entries: [string, number][]) => {
    if (!entries.length) return;
    out.push(`${title}:`, ...entries.map(([k, n]) => `- ${n} × ${k}`), '');
  };
  list('Kept a route by the audit (a route counts once per rule)', merged(results, (r) => r.keptBy));
  list('Declined by the migration (a unit counts once per kind of reason)', merged(results, (r) => r.declinedBy));
  const details: string[] = [];
  for (const r of results) {
    for (const v of r.wrongDecisions) details.push(`- ${r.app} ${v.file}: labelled ${v.label} (${v.expected}), decided ${v.decision}${v.why.length ? `: ${v.why.join(', ')}` : ''}`);
    for (const v of r.externalChanged) details.push(`- ${r.app} ${v.file}: labelled ${v.label}, CHANGED by the migration`);
    for (const f of r.unparsable) details.push(`- ${r.app} ${f}: does not parse after the migration`);
    if (r.secondRunChanges.length) details.push(`- ${r.app}: a second run changed ${r.secondRunChanges.join(', ')}`);
    for (const f of r.unlabelled) details.push(`- ${r.app} ${f}: POST route with no label`);
    for (const f of r.notFound) details.push(`- ${r.app} ${f}: labelled, but the audit lists no POST route there`);
    if (r.crash) details.push(`- ${r.app}: crashed: ${r.crash}`);
    if (r.missing) details.push(`- ${r.app}: ${r.missing}`);
  }
  if (details.length) out.push('Disagreements and faults:', ...details, '');
  return `${out.join('\n')}\n`;
}
