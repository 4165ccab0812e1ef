import { NextResponse } from 'next/server'

export async function POST(request) {
  const { url } = await request.json()
  return NextResponse.json({ url }, { status: 201 })
}
