export type Message = { id: number; email: string; text: string }

const inbox: Message[] = []

export function addMessage(input: Omit<Message, 'id'>): Message {
  const message = { id: inbox.length + 1, ...input }
  inbox.push(message)
  return message
}
