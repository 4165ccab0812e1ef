import { NextResponse } from 'next/server'
import { addSubscriber } from '@/lib/subscribers'

export async function POST(request: Request) {
  const formData = await request.formData()
  const email = String(formData.get('email') ?? '').trim()
  addSubscriber(email)
  return NextResponse.redirect(new URL('/thanks', request.url), 303)
}
