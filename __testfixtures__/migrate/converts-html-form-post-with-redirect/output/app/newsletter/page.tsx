import { subscribe } from '@/app/actions/subscribe'

export default function NewsletterPage() {
  return (
    <main>
      <h1>Newsletter</h1>
      <form action={subscribe}>
        <input type="email" name="email" required />
        <button type="submit">Subscribe</button>
      </form>
    </main>
  )
}
