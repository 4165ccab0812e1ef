export function cleanText(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, 280) : ''
}
