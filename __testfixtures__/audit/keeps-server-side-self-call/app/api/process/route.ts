import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { jobId } = await request.json();
  return NextResponse.json({ jobId, done: true });
}
