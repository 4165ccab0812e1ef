import { signGuestbook } from '@/app/actions/guestbook'
import { listEntries } from '@/lib/guestbook'

export default function Home() {
  return (
    <main>
      <ul>
        {listEntries().map((name, i) => (
          <li key={i}>{name}</li>
        ))}
      </ul>
      <form action={signGuestbook}>
        <input name="name" />
        <button type="submit">Sign</button>
      </form>
    </main>
  )
}
