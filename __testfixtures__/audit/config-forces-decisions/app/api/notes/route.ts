import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { text } = await request.json();
  return NextResponse.json({ text });
}
