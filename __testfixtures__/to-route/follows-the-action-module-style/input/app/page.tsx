export default function Home() {
  return (
    <main>
      <h1>Sign-ups</h1>
    </main>
  );
}
