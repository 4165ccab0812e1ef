export default function Home() {
  return (
    <main>
      <h1>Avatars</h1>
      <p>Uploaded from the mobile app.</p>
    </main>
  )
}
