export default function NewsletterPage() {
  return (
    <main>
      <h1>Newsletter</h1>
      <form action="/api/subscribe" method="post">
        <input type="email" name="email" required />
        <button type="submit">Subscribe</button>
      </form>
    </main>
  )
}
