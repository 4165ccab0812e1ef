export function saveDraft(text: string) {
  return { saved: text.length }
}
