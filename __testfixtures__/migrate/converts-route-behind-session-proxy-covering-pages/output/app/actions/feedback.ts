'use server'

import { saveFeedback } from '@/lib/feedback'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function saveFeedbackAction(input: any): Promise<RouteResult> {
  try {
    const { score } = input as { score: number }
    if (score !== 1 && score !== -1) {
      return { ok: false, status: 400, data: 'score must be 1 or -1' }
    }
    saveFeedback(score)
    return { ok: true, status: 200, data: { saved: true } }
  } catch (error) {
    // redirect() and notFound() throw errors Next answers itself
    if (typeof (error as { digest?: unknown } | null)?.digest === 'string') throw error
    console.error(error)
    return { ok: false, status: 500, data: '' }
  }
}
