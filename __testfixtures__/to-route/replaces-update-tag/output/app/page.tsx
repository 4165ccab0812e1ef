export default function Home() {
  return (
    <main>
      <h1>Posts</h1>
    </main>
  )
}
