import { NextResponse } from 'next/server'

export async function POST(request: Request) {
  const { title } = await request.json()
  return NextResponse.json({ id: title }, { status: 201 })
}
