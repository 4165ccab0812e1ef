import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { email, message } = await request.json();
  console.log('contact', email, message);
  return NextResponse.json({ ok: true });
}
