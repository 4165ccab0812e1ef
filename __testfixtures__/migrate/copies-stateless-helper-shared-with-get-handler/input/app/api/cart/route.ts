import { NextResponse } from 'next/server'
import { getCart, addItem } from '@/lib/cart'

function summary(items: { price: number }[]) {
  return { count: items.length, total: items.reduce((sum, item) => sum + item.price, 0) }
}

export async function GET() {
  return NextResponse.json(summary(getCart()))
}

export async function POST(request: Request) {
  const { sku } = (await request.json()) as { sku: string }
  return NextResponse.json(summary(addItem(sku)))
}
