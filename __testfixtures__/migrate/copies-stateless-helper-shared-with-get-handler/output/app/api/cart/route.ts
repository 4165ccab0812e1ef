import { NextResponse } from 'next/server'
import { getCart } from '@/lib/cart'

function summary(items: { price: number }[]) {
  return { count: items.length, total: items.reduce((sum, item) => sum + item.price, 0) }
}

export async function GET() {
  return NextResponse.json(summary(getCart()))
}
