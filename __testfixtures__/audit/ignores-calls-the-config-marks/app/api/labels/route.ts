import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { label } = (await request.json()) as { label: string };
  return NextResponse.json({ label }, { status: 201 });
}
