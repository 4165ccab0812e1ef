import { NextRequest, NextResponse } from 'next/server';

async function handle(req: NextRequest) {
  if (req.method === 'POST') {
    const code = await req.text();
    const id = String(code.length);
    return NextResponse.json({ id });
  }
  const id = req.nextUrl.searchParams.get('id');
  const res = await fetch(`https://store.example.com/values/${id}`);
  return new Response(res.body, { status: res.status, headers: res.headers });
}

export const POST = handle;
export const GET = handle;
