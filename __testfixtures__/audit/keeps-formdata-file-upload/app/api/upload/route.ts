import { NextResponse } from 'next/server';

export async function POST(request: Request) {
  const data = await request.formData();
  const avatar = data.get('avatar') as File;
  return NextResponse.json({ name: avatar.name, size: avatar.size });
}
