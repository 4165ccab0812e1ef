import { NextResponse } from 'next/server';

const comments: string[] = [];

export async function GET() {
  return NextResponse.json(comments);
}

export async function POST(request: Request) {
  const { text } = await request.json();
  comments.push(text);
  return NextResponse.json({ count: comments.length });
}
