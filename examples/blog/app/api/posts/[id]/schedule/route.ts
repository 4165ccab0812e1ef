import { NextResponse } from 'next/server'
import { schedulePost } from '@/lib/db'
import { requireEditor } from '@/lib/editor'

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const editor = await requireEditor('schedule')
  if (editor.denied) return editor.denied

  const { id } = await params
  const { at } = (await request.json()) as { at?: string }
  const when = new Date(`${at}:00Z`)

  if (!at || Number.isNaN(when.getTime()) || when.getTime() <= Date.now()) {
    return new Response('Pick a date and time in the future', { status: 422 })
  }
  if (!schedulePost(id, when)) {
    return new Response('Post not found', { status: 404 })
  }

  // `when` is a Date: the client reads it as the ISO string JSON makes of it.
  return NextResponse.json({ scheduledFor: when, scheduledBy: editor.name })
}
