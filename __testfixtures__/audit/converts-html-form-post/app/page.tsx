export default function Home() {
  return (
    <main>
      <form action="/api/subscribe" method="post">
        <input type="email" name="email" required />
        <button type="submit">Subscribe</button>
      </form>

      <form action="/api/search">
        <input type="search" name="q" />
        <button type="submit">Search</button>
      </form>
    </main>
  );
}
