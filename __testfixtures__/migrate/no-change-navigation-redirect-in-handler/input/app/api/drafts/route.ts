import { redirect } from 'next/navigation'
import { NextResponse } from 'next/server'
import { cookies } from 'next/headers'
import { saveDraft } from '@/lib/drafts'

export async function POST(request: Request) {
  if (!(await cookies()).get('session')) {
    // A fetch caller gets a 307 it follows to the sign-in page; an action would navigate there.
    return redirect('/sign-in')
  }
  const { text } = (await request.json()) as { text: string }
  return NextResponse.json(saveDraft(text))
}
