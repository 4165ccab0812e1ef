import { NextResponse } from 'next/server'
import { getCart, addItem } from '@/lib/cart'

// Both handlers count on one cache: two copies of it would drift apart.
const summaries = new Map<string, { count: number; total: number }>()

function summary(items: { sku: string; price: number }[]) {
  const key = items.map((item) => item.sku).join(',')
  if (!summaries.has(key)) summaries.set(key, { count: items.length, total: items.reduce((sum, item) => sum + item.price, 0) })
  return summaries.get(key)
}

export async function GET() {
  return NextResponse.json(summary(getCart()))
}

export async function POST(request: Request) {
  const { sku } = (await request.json()) as { sku: string }
  return NextResponse.json(summary(addItem(sku)))
}
