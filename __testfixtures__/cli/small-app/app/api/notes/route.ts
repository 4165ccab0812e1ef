import { NextResponse } from 'next/server'

export async function POST(request: Request) {
  const { text } = (await request.json()) as { text?: string }
  if (!text) {
    return NextResponse.json({ error: 'Text required' }, { status: 400 })
  }
  return NextResponse.json({ id: 1, text }, { status: 201 })
}
