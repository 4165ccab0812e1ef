export default function Home() {
  return (
    <main>
      <h1>Payments</h1>
    </main>
  )
}
