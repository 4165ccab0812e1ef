export type Note = { id: string; text: string }

const notes: Note[] = []

export function addNote(text: string): Note {
  const note = { id: String(notes.length + 1), text }
  notes.push(note)
  return note
}
