import { NextResponse } from 'next/server';

async function handler(req: Request) {
  const { userId } = await req.json();
  return NextResponse.json({ following: userId });
}

export { handler as POST };
