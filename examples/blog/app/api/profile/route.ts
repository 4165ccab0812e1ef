import { NextResponse } from 'next/server'
import { saveProfile } from '@/lib/db'

export async function POST(request: Request) {
  const formData = await request.formData()
  const name = String(formData.get('name') ?? '').trim()
  const bio = String(formData.get('bio') ?? '').trim()

  if (!name) {
    return NextResponse.json({ error: 'Name required' }, { status: 400 })
  }

  const profile = saveProfile({ name, bio })
  return NextResponse.json({ ok: true, profile })
}
