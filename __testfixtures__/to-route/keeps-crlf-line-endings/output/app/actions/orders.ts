'use server'

import { saveOrder, type Order } from '@/lib/orders'

export type OrderInput = { sku: string; quantity: number }

/** The warehouse system creates orders over HTTP. @external /api/orders */
export async function createOrder(input: OrderInput): Promise<Order | { error: string }> {
  // Server actions are public endpoints: check the input, whatever its declared type.
  if (typeof input?.sku !== 'string' || !input.sku.trim()) {
    return { error: 'SKU required' }
  }
  if (!Number.isInteger(input.quantity) || input.quantity < 1) {
    return { error: 'Quantity must be a positive whole number' }
  }
  return saveOrder({ sku: input.sku.trim(), quantity: input.quantity })
}
