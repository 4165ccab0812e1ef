import { NextResponse } from 'next/server'
import { saveDraft } from '@/lib/drafts'

export async function POST(request: Request) {
  const { body } = (await request.json()) as { body: string }
  const draft = saveDraft(body)
  return NextResponse.json({ id: draft.id, savedAt: draft.savedAt })
}
