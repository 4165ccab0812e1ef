import { NextResponse } from 'next/server';
import { downloadStoredFile } from '@/lib/storage';

export async function POST(request: Request) {
  const form = await request.formData();
  const fileId = form.get('fileId') as string;
  const file = await downloadStoredFile(fileId);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return NextResponse.json({ fileId, size: bytes.length });
}
