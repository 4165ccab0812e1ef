'use server'

export type WaitlistState = { message: string } | null

/**
 * The app's form calls it through useActionState, so it takes the previous state first;
 * partner sites post the same form to it over HTTP.
 * @external /api/waitlist
 */
export async function joinWaitlist(previous: WaitlistState, formData: FormData): Promise<WaitlistState> {
  const email = formData.get('email')
  if (typeof email !== 'string' || !email.includes('@')) {
    return { message: 'Enter a valid email' }
  }
  return { message: `${email} is on the list` }
}
