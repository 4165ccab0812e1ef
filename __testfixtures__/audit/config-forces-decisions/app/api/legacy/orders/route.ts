import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const order = await request.json();
  return NextResponse.json({ id: 1, ...order });
}
