'use server';

import { revalidatePath } from 'next/cache';

export async function publish(postId: string) {
  console.log('publishing', postId);
  revalidatePath('/');
}
