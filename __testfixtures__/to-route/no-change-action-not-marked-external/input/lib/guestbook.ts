const entries: string[] = []

export function addEntry(name: string): void {
  entries.push(name)
}

export function listEntries(): string[] {
  return entries
}
