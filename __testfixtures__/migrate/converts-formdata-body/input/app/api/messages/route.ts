import { NextResponse } from 'next/server'
import { addMessage } from '@/lib/inbox'

export async function POST(request: Request) {
  const form = await request.formData()
  const email = String(form.get('email') ?? '').trim()
  const text = String(form.get('message') ?? '').trim()
  if (!email.includes('@') || !text) {
    return NextResponse.json({ error: 'Email and message are required' }, { status: 400 })
  }
  const message = addMessage({ email, text })
  return NextResponse.json({ id: message.id })
}
