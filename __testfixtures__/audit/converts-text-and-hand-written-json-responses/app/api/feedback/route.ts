import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  try {
    const { traceId, score } = await request.json();
    if (!traceId) {
      return new Response('traceId is required', { status: 400 });
    }
    if (score !== 1 && score !== -1) {
      return new Response('score must be 1 or -1', { status: 400 });
    }
    if (!process.env.FEEDBACK_ENABLED) {
      return new NextResponse(`Feedback is off for ${traceId}`, { status: 503 });
    }
    return new Response(JSON.stringify({ recorded: true }), { status: 200 });
  } catch (error) {
    return new Response((error as Error).message, { status: 500 });
  }
}
