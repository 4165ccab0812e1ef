'use server'

import { queueAnnouncement } from '@/lib/mailer'

/** The marketing tool schedules announcements. @external /api/announcements */
export async function sendAnnouncement(subject: string, audience: string, dryRun?: boolean) {
  if (!subject.trim()) {
    return { error: 'Subject required' }
  }
  return queueAnnouncement({ subject: subject.trim(), audience, dryRun: dryRun ?? false })
}
