export default function WelcomePage() {
  return <p>Welcome aboard.</p>
}
