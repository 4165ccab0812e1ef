export default function Home() {
  return <h1>Items</h1>
}
