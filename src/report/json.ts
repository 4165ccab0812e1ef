/** Stable JSON: arrays are already sorted by the audit and the plan, keys come in a fixed order. */
export function renderJson(data: object): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
