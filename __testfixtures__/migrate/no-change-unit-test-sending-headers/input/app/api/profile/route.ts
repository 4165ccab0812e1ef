import { NextResponse } from 'next/server'
import { updateProfile } from '@/lib/profiles'

export async function POST(request: Request) {
  const locale = request.headers.get('x-locale') ?? 'en'
  const { name } = (await request.json()) as { name: string }
  const profile = updateProfile({ name, locale })
  return NextResponse.json(profile)
}
