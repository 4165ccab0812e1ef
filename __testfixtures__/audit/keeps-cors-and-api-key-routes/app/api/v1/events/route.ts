import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const auth = request.headers.get('authorization');
  if (auth !== `Bearer ${process.env.EVENTS_API_KEY}`) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  const event = await request.json();
  return NextResponse.json({ stored: event.type });
}
