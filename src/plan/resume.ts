import type { ConvertedAction } from '../rewrite/converted-action.ts';

type Conversion = { ok: true; routeSource: string | null; action: ConvertedAction } | { ok: false; reason: string; line: number };

/** The file names an action module for `group` may have: the plain one, then those picked to avoid a taken name. */
export function moduleStems(group: string): string[] {
  return [group, `${group}-actions`, ...Array.from({ length: 20 }, (_, i) => `${group}-actions-${i + 2}`)];
}

/**
 * An action module that already holds this route's action, as a `--write` that was interrupted
 * or failed for another unit leaves it: the shared module is written whole with the first of
 * its units. The route is then finished into that module, so a second run defines each action
 * once instead of writing a second module with copies.
 */
export function resumedModule(
  actionsDir: string,
  group: string,
  read: (file: string) => string,
  convert: (reservedNames: string[]) => Conversion,
  inActionsDir: ReadonlySet<string>,
): { moduleFile: string; conversion: Extract<Conversion, { ok: true }> } | undefined {
  let conversion: Conversion | undefined; // converted once, when a module to look in exists
  for (const stem of moduleStems(group)) {
    for (const ext of ['ts', 'js']) {
      if (!inActionsDir.has(`${stem}.${ext}`)) continue;
      const file = `${actionsDir}/${stem}.${ext}`;
      const text = read(file);
      if (!/^\s*['"]use server['"]/.test(text)) continue;
      conversion ??= convert(['RouteResult']);
      if (conversion.ok && text.includes(conversion.action.functionText)) return { moduleFile: file, conversion };
    }
  }
  return undefined;
}
