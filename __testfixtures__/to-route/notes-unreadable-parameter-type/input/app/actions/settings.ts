'use server'

import type { Settings } from '@/lib/settings'

/** A partner tool updates settings over HTTP. @external /api/settings */
export async function updateSettings(changes: Partial<Settings>) {
  return { updated: Object.keys(changes) }
}

/** Tags come from the partner's own scheme. @external /api/settings/tags */
export async function tagSettings(input: { owner: string; meta: Record<string, string> }) {
  return { owner: input.owner, tags: Object.keys(input.meta) }
}
