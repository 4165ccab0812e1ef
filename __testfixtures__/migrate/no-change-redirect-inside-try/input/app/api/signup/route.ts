import { NextResponse } from 'next/server'
import { createAccount } from '@/lib/accounts'

export async function POST(request: Request) {
  const formData = await request.formData()
  try {
    await createAccount(String(formData.get('email') ?? ''))
    return NextResponse.redirect(new URL('/welcome', request.url), 303)
  } catch {
    return NextResponse.redirect(new URL('/signup?error=taken', request.url), 303)
  }
}
