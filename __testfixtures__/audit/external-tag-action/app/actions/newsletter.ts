'use server';

import { revalidatePath } from 'next/cache';

/**
 * Sends the newsletter. The mail provider's scheduler triggers it too.
 * @external /api/newsletter/send
 */
export async function sendNewsletter(formData: FormData) {
  const subject = String(formData.get('subject'));
  console.log('sending', subject);
  revalidatePath('/admin');
}

/** @external */
export async function syncSubscribers() {
  console.log('syncing subscribers');
}

export async function saveDraft(formData: FormData) {
  console.log('draft', formData.get('subject'));
  revalidatePath('/admin');
}
