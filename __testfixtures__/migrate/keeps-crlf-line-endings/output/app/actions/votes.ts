'use server'

import { recordVote } from '@/lib/votes'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function createVote(input: { choice: 'yes' | 'no' }): Promise<RouteResult> {
  const { choice } = input
  if (choice !== 'yes' && choice !== 'no') {
    return { ok: false, status: 400, data: { error: 'Pick yes or no' } }
  }
  return { ok: true, status: 201, data: recordVote(choice) }
}
