import { NextResponse, type NextRequest } from 'next/server';

export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get('q') ?? '';
  return NextResponse.json({ q, results: [] });
}

export async function POST(request: Request) {
  const { q } = await request.json();
  return NextResponse.json({ saved: q });
}
