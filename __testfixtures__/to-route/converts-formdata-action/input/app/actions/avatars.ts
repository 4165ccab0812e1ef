'use server'

import { storeAvatar } from '@/lib/avatars'

/**
 * The mobile app uploads avatars as multipart forms.
 * @external
 */
export async function uploadAvatar(formData: FormData) {
  const userId = formData.get('userId')
  const file = formData.get('avatar')
  if (typeof userId !== 'string' || !userId) {
    return { error: 'userId required' }
  }
  if (!(file instanceof File) || file.size === 0) {
    return { error: 'avatar file required' }
  }
  const url = await storeAvatar(userId, file)
  return { url }
}
