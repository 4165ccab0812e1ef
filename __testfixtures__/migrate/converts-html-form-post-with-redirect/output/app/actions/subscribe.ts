'use server'

import { addSubscriber } from '@/lib/subscribers'
import { redirect } from 'next/navigation'

export async function subscribe(formData: FormData) {
  const email = String(formData.get('email') ?? '').trim()
  addSubscriber(email)
  redirect('/thanks')
}
