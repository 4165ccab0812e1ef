import { NextResponse } from 'next/server'

export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const { url } = (await request.json()) as { url: string }
  return NextResponse.json({ id: Number(id), url })
}
