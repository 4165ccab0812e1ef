'use client'

import { useActionState } from 'react'
import { joinWaitlist } from '@/app/actions/waitlist'

export function WaitlistForm() {
  const [state, formAction] = useActionState(joinWaitlist, null)
  return (
    <form action={formAction}>
      <input name="email" type="email" />
      <button type="submit">Join</button>
      {state && <p role="status">{state.message}</p>}
    </form>
  )
}
