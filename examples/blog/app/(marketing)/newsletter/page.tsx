import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Newsletter' }

export default async function NewsletterPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string }>
}) {
  const { error } = await searchParams

  return (
    <>
      <h1>Newsletter</h1>
      <p>Get new posts in your inbox.</p>

      {/* A plain HTML form: works without JavaScript, the route handler redirects back. */}
      <form action="/api/subscribe" method="post" className="stack">
        <label>
          Email
          <input type="email" name="email" autoComplete="email" />
        </label>
        <button type="submit">Subscribe</button>
        {error === 'invalid' && <p role="alert">Please enter a valid email</p>}
      </form>
    </>
  )
}
