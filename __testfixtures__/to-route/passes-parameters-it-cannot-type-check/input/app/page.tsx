export default function Home() {
  return <h1>Members</h1>
}
