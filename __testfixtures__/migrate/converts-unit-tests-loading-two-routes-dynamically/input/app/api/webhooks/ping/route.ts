import { NextResponse } from 'next/server'

export async function POST(request: Request) {
  const { id } = (await request.json()) as { id: string }
  return NextResponse.json({ pinged: id })
}
