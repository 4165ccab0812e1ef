import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const data = await request.formData();
  console.log('subscribe', data.get('email'));
  return NextResponse.redirect(new URL('/thanks', request.url), 303);
}
