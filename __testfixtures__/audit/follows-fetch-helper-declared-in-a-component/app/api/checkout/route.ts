import { NextResponse } from 'next/server'

export async function POST(request: Request) {
  const { plan } = await request.json()
  return NextResponse.json({ url: `https://pay.example.com/${plan}` })
}
