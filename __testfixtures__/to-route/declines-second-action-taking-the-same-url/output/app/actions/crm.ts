'use server'

/** @external */
export async function createTask(input: { title: string }) {
  return { created: input.title, board: 'crm' }
}
