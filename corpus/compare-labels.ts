// Compares one app's audit and migration with its hand labels. Pure: data in, figures out.

export interface LabelledRoute {
  /** Route file, relative to the app folder. */
  file: string;
  url: string;
  /** Who calls it: only the app's own UI, something outside, or can't be settled from the code. */
  label: 'internal' | 'external' | 'ambiguous';
  /** What a careful engineer would do: `route` for every outside caller, and for internal routes that need HTTP. */
  expected: 'action' | 'route';
  why: string;
  evidence: string[];
}

export interface AppLabels {
  /** The app's folder name in the corpus folder: `<owner>+<name>`. */
  app: string;
  /** The Next app inside the repository: '.' or e.g. 'apps/web'. */
  appDir: string;
  routes: LabelledRoute[];
}

interface AuditRoute {
  file: string;
  url: string;
  method: string;
  decision: 'action' | 'route';
  reasons: { rule: string; effect: string }[];
}

interface PlanUnit {
  direction: string;
  route: { file: string; method: string };
  status: 'planned' | 'declined';
  problems: { file: string; line: number; reason: string }[];
}

/** What running the tool on one app gave; absent parts mean the run stopped before them. */
export interface AppOutcome {
  missing?: string;
  crash?: string;
  audit?: Record<string, unknown>;
  plan?: unknown;
  /** Files `migrate --write` changed, relative to the app folder. */
  changed?: string[];
  unparsable?: string[];
  secondRunChanges?: string[];
}

export interface RouteVerdict {
  file: string;
  url: string;
  label: LabelledRoute['label'] | 'unlabelled';
  expected?: LabelledRoute['expected'];
  decision?: 'action' | 'route';
  converted: boolean;
  /** Rules of the reasons that kept it a route, or the migration's reasons for declining it. */
  why: string[];
}

export interface AppYield {
  app: string;
  missing?: string;
  crash?: string;
  post: number;
  labelled: { internal: number; internalKept: number; external: number; ambiguous: number };
  decidedAction: number;
  /** Routes labelled internal whose expected outcome is an action, and of them how many the audit decided `action`. */
  internalToAction: { labelled: number; decidedAction: number; converted: number };
  converted: number;
  /** Decisions that differ from the label's expected outcome. */
  wrongDecisions: RouteVerdict[];
  /** Routes labelled external or ambiguous that the migration changed: must be none. */
  externalChanged: RouteVerdict[];
  /** POST routes the audit lists that have no label, and labels for routes the audit did not list. */
  unlabelled: string[];
  notFound: string[];
  /** Routes the audit decided `route`, counted once per rule that pushed them there. */
  keptBy: Record<string, number>;
  /** Units the migration declined, counted once per kind of reason. */
  declinedBy: Record<string, number>;
  unparsable: string[];
  secondRunChanges: string[];
  routes: RouteVerdict[];
}

/** A reason without the names, paths and numbers of the case at hand, so alike reasons count together. */
export function reasonFamily(reason: string): string {
  return reason
    .replace(/`[^`]*`|"[^"]*"|'[^']*'/g, '…')
    .replace(/\([^()]*\)/g, '')
    .replace(/[\w@./[\]-]+\.(tsx?|jsx?|mjs|cjs)\b(:\d+)?/g, 'FILE')
    .replace(/\/[\w/[\].{}-]*/g, 'URL')
    .replace(/\b\d+\b/g, 'N')
    .split(/[;:]/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
}

function count(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

export function compareLabels(labels: AppLabels, outcome: AppOutcome): AppYield {
  const auditRoutes = ((outcome.audit?.routes ?? []) as AuditRoute[]).filter((r) => r.method === 'POST');
  const units = (((outcome.plan as { units?: PlanUnit[] } | undefined)?.units) ?? []).filter((u) => u.direction === 'to-action' && u.route.method === 'POST');
  const changed = new Set(outcome.changed ?? []);
  const labelOf = new Map(labels.routes.map((r) => [r.file, r]));
  const auditOf = new Map(auditRoutes.map((r) => [r.file, r]));

  const keptBy: Record<string, number> = {};
  const declinedBy: Record<string, number> = {};
  const verdicts: RouteVerdict[] = [];
  for (const file of [...new Set([...labelOf.keys(), ...auditOf.keys()])].sort()) {
    const label = labelOf.get(file);
    const route = auditOf.get(file);
    const unit = units.find((u) => u.route.file === file);
    const converted = unit?.status === 'planned' && changed.has(file);
    let why: string[] = [];
    if (route?.decision === 'route') {
      why = [...new Set(route.reasons.filter((r) => r.effect === 'route').map((r) => r.rule))];
      for (const rule of why) count(keptBy, rule);
    } else if (unit && !converted) {
      why = [...new Set(unit.problems.map((p) => reasonFamily(p.reason)))];
      if (!why.length) why = ['planned but not written'];
      for (const family of why) count(declinedBy, family);
    }
    verdicts.push({
      file,
      url: route?.url ?? label?.url ?? '?',
      label: label?.label ?? 'unlabelled',
      ...(label ? { expected: label.expected } : {}),
      ...(route ? { decision: route.decision } : {}),
      converted,
      why,
    });
  }

  const labelled = (l: LabelledRoute['label'], expected?: LabelledRoute['expected']) => labels.routes.filter((r) => r.label === l && (!expected || r.expected === expected));
  const internal = verdicts.filter((v) => v.label === 'internal' && v.expected === 'action');
  return {
    app: labels.app,
    ...(outcome.missing ? { missing: outcome.missing } : {}),
    ...(outcome.crash ? { crash: outcome.crash } : {}),
    post: auditRoutes.length,
    labelled: {
      internal: labelled('internal', 'action').length,
      internalKept: labelled('internal', 'route').length,
      external: labelled('external').length,
      ambiguous: labelled('ambiguous').length,
    },
    decidedAction: auditRoutes.filter((r) => r.decision === 'action').length,
    internalToAction: {
      labelled: internal.length,
      decidedAction: internal.filter((v) => v.decision === 'action').length,
      converted: internal.filter((v) => v.converted).length,
    },
    converted: verdicts.filter((v) => v.converted).length,
    wrongDecisions: verdicts.filter((v) => v.expected && v.decision && v.expected !== v.decision),
    externalChanged: verdicts.filter((v) => (v.label === 'external' || v.label === 'ambiguous') && changed.has(v.file)),
    unlabelled: verdicts.filter((v) => v.label === 'unlabelled').map((v) => v.file),
    notFound: verdicts.filter((v) => v.label !== 'unlabelled' && !v.decision).map((v) => v.file),
    keptBy,
    declinedBy,
    unparsable: outcome.unparsable ?? [],
    secondRunChanges: outcome.secondRunChanges ?? [],
    routes: verdicts,
  };
}
