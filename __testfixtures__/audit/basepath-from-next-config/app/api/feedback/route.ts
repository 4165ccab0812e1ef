import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const { page, helpful } = await request.json();
  return NextResponse.json({ page, helpful });
}
