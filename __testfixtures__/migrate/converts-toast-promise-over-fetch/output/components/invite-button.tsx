'use client'

import { toast } from 'sonner'
import { createInvite } from '@/app/actions/invites'

export function InviteButton({ email }: { email: string }) {
  function invite() {
    toast.promise(
      createInvite({ email }),
      {
        loading: 'Sending…',
        success: async (res) => (res.ok ? `Invited ${(res.data).sentTo}` : (typeof res.data === 'string' ? res.data : JSON.stringify(res.data))),
        error: 'Network error',
      },
    )
  }
  return <button onClick={invite}>Invite</button>
}
