import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { rating } = await request.json();
  return NextResponse.json({ thanks: rating });
}
