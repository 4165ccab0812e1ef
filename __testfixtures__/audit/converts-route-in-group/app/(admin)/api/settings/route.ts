import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const settings = await request.json();
  return NextResponse.json({ saved: true, settings });
}
