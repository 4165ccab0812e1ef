const drafts: { id: number; body: string; savedAt: string }[] = []

export function saveDraft(body: string) {
  const draft = { id: drafts.length + 1, body, savedAt: new Date().toISOString() }
  drafts.push(draft)
  return draft
}
