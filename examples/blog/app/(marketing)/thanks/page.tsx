import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Thanks' }

export default function ThanksPage() {
  return (
    <>
      <h1>Thanks for subscribing</h1>
      <p>
        <Link href="/">Back to the posts</Link>
      </p>
    </>
  )
}
