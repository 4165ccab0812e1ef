'use server'

import { renameItem } from '@/lib/items'

/** The mobile app renames items by id. @external /api/items/[id]/rename */
export async function renameItemAction(params: { id: string }, input: { name: string }) {
  if (typeof input?.name !== 'string' || !input.name.trim()) {
    return { error: 'Name required' }
  }
  const item = renameItem(params.id, input.name.trim())
  if (!item) {
    return { ok: false, status: 404, data: { error: 'No such item' } }
  }
  return item
}
