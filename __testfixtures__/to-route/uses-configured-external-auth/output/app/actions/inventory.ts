'use server'

import { setStock } from '@/lib/stock'

/** The ERP pushes stock levels every hour. @external /api/inventory/sync */
export async function syncInventory(input: { items: { sku: string; count: number }[] }) {
  if (!Array.isArray(input?.items)) {
    return { error: 'items must be a list' }
  }
  let updated = 0
  for (const item of input.items) {
    if (typeof item?.sku === 'string' && Number.isInteger(item.count)) {
      setStock(item.sku, item.count)
      updated++
    }
  }
  return { updated }
}
