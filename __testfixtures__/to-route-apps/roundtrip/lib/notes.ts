export type Note = { id: string; text: string; seen: boolean }

const notes: Note[] = []

export function addNote(text: string): Note {
  const note = { id: String(notes.length + 1), text, seen: false }
  notes.push(note)
  return note
}

export function markSeen(id: string): Note | undefined {
  const note = notes.find((n) => n.id === id)
  if (note) note.seen = true
  return note
}
