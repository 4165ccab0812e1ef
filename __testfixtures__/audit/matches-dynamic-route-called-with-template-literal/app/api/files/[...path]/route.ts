import { NextResponse } from 'next/server';

export async function POST(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const { content } = await request.json();
  return NextResponse.json({ saved: path.join('/'), size: String(content).length });
}
