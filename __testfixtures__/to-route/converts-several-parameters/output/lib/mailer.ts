export type Queued = { subject: string; audience: string; dryRun: boolean; recipients: number }

const AUDIENCES: Record<string, number> = { everyone: 120, staff: 8 }

export function queueAnnouncement(input: { subject: string; audience: string; dryRun: boolean }): Queued {
  return { ...input, recipients: AUDIENCES[input.audience] ?? 0 }
}
