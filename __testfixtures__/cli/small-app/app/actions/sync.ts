'use server'

/** Pulls the latest notes from the mobile app. @external */
export async function syncNotes(input: { since: string }) {
  return { synced: 0, since: input.since }
}
