export default function ThanksPage() {
  return <p>Thanks for subscribing!</p>
}
