export default function SignupPage() {
  return (
    <form action="/api/signup" method="post">
      <input type="email" name="email" required />
      <button type="submit">Create account</button>
    </form>
  )
}
