export default function Home() {
  return <p>Write to us at hello@example.com</p>;
}
