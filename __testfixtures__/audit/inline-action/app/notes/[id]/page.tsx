import { revalidatePath } from 'next/cache';

export default async function NotePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;

  async function archive(formData: FormData) {
    'use server';
    const noteId = String(formData.get('id'));
    console.log('archiving', noteId);
    revalidatePath('/notes');
  }

  return (
    <form action={archive}>
      <input type="hidden" name="id" value={id} />
      <button type="submit">Archive</button>
    </form>
  );
}
