import { NextResponse } from 'next/server'
import { addTag } from '@/lib/tags'

export async function POST(request: Request) {
  const { name } = (await request.json()) as { name: string }
  return NextResponse.json(addTag(name), { status: 201 })
}
