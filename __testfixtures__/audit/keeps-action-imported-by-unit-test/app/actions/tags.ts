'use server'

const tags: string[] = []

export async function createTag(name: string) {
  if (!name.trim()) return { error: 'Name required' }
  tags.push(name.trim())
  return { ok: true }
}
