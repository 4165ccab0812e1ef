import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { postId } = await request.json();
  return NextResponse.json({ liked: postId });
}
