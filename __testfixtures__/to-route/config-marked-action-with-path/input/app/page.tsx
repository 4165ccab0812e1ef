import { RefundButton } from '@/components/refund-button'

export default function Home() {
  return (
    <main>
      <h1>Order 1001</h1>
      <RefundButton orderId="1001" amountCents={1999} />
    </main>
  )
}
