export default function Home() {
  return (
    <main>
      <h1>Coupons</h1>
    </main>
  )
}
