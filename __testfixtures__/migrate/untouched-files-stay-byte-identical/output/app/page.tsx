import { LegacyWidget } from '@/components/legacy-widget'
import { NoteForm } from '@/components/note-form'
import { listNotes } from '@/lib/notes'
import { shout } from '@/lib/format'

export default function Home() {
  return (
    <main>
      <h1>{shout('notes')}</h1>
      <ul>
        {listNotes().map((n) => (
          <li key={n.id}>{n.text}</li>
        ))}
      </ul>
      <NoteForm />
      <LegacyWidget />
    </main>
  )
}
