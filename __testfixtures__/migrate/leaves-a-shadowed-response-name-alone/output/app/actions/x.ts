'use server'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function saveX(body: any): Promise<RouteResult> {
  return { ok: true, status: 200, data: { got: body } }
}
