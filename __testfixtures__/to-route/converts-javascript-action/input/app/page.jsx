export default function Home() {
  return (
    <main>
      <h1>Team</h1>
    </main>
  )
}
