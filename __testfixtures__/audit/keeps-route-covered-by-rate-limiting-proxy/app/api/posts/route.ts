import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { title, body } = await request.json();
  const post = { id: crypto.randomUUID(), title, body };
  return NextResponse.json(post, { status: 201 });
}
