import { revalidateTag } from 'next/cache';
import { noContent } from '@/lib/http';

export async function POST() {
  revalidateTag('comments');
  return noContent();
}
