export default function Home() {
  return (
    <main>
      <h1>Search</h1>
    </main>
  )
}
