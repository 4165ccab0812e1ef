'use server'

import { revalidatePath } from 'next/cache'
import { addEntry } from '@/lib/guestbook'

/** Signs the guestbook from the form on the home page. */
export async function signGuestbook(formData: FormData) {
  const name = String(formData.get('name') ?? '').trim()
  if (!name) return
  addEntry(name)
  revalidatePath('/')
}
