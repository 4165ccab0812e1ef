'use client'

import { toast } from 'sonner'

export function InviteButton({ email }: { email: string }) {
  function invite() {
    toast.promise(
      fetch('/api/invites', { method: 'POST', body: JSON.stringify({ email }) }),
      {
        loading: 'Sending…',
        success: async (res) => (res.ok ? `Invited ${(await res.json()).sentTo}` : await res.text()),
        error: 'Network error',
      },
    )
  }
  return <button onClick={invite}>Invite</button>
}
