export default function Home() {
  return (
    <main>
      <h1>Inventory</h1>
    </main>
  )
}
