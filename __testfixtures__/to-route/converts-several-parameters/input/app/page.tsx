export default function Home() {
  return (
    <main>
      <h1>Announcements</h1>
    </main>
  )
}
