import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { postId, reason } = await request.json();
  console.log('report', postId, reason);
  return NextResponse.json({ ok: true }, { status: 201 });
}
