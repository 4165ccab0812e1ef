import { WaitlistForm } from '@/components/waitlist-form'

export default function Home() {
  return <WaitlistForm />
}
