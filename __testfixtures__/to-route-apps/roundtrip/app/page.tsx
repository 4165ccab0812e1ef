import { NoteForm } from '@/components/note-form'

export default function Home() {
  return (
    <main>
      <h1>Notes</h1>
      <NoteForm />
    </main>
  )
}
