export default function Home() {
  return (
    <main>
      <h1>Checkout</h1>
    </main>
  )
}
