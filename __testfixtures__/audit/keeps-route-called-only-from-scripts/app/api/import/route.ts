import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const posts: { title: string; body: string }[] = await request.json();
  console.log(`importing ${posts.length} posts`);
  return NextResponse.json({ imported: posts.length });
}
