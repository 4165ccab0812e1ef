import type { Metadata } from 'next'
import { revalidatePath } from 'next/cache'
import { connection } from 'next/server'
import { NewsletterForm } from '@/components/newsletter-form'
import {
  clearReports as clearAllReports,
  importCount,
  listNewsletters,
  listPayments,
  listReports,
  listSubscribers,
} from '@/lib/db'

export const metadata: Metadata = { title: 'Admin' }

export default async function AdminPage() {
  await connection()
  const subscribers = listSubscribers()
  const newsletters = listNewsletters()
  const reports = listReports()
  const payments = listPayments()

  async function clearReports() {
    'use server'
    clearAllReports()
    revalidatePath('/admin')
  }

  return (
    <>
      <h1>Admin</h1>

      <section aria-labelledby="newsletter-heading">
        <h2 id="newsletter-heading">Newsletter</h2>
        <p>
          {subscribers.length} subscribers, {newsletters.length} newsletters sent.
        </p>
        <NewsletterForm />
      </section>

      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">Reports</h2>
        {reports.length > 0 ? (
          <ul>
            {reports.map((report) => (
              <li key={report.id}>
                {report.postId}: {report.reason}
              </li>
            ))}
          </ul>
        ) : (
          <p>No open reports.</p>
        )}
        <form action={clearReports}>
          <button type="submit" disabled={reports.length === 0}>
            Clear reports
          </button>
        </form>
      </section>

      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading">Stats</h2>
        <dl>
          <dt>Payments received</dt>
          <dd>{payments.length}</dd>
          <dt>Posts imported</dt>
          <dd>{importCount()}</dd>
        </dl>
      </section>
    </>
  )
}
