export default function Home() {
  return <h1>Actions served over HTTP</h1>
}
