import { NextResponse } from 'next/server'
import { addSubscriber } from '@/lib/db'

export async function POST(request: Request) {
  const formData = await request.formData()
  const email = String(formData.get('email') ?? '').trim()

  if (!email.includes('@')) {
    return NextResponse.redirect(new URL('/newsletter?error=invalid', request.url), 303)
  }

  addSubscriber(email)
  return NextResponse.redirect(new URL('/thanks', request.url), 303)
}
