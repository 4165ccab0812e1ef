import { listOrders } from '@/lib/orders'

export default function Home() {
  return (
    <main>
      <h1>Orders</h1>
      <ul>
        {listOrders().map((order) => (
          <li key={order.id}>
            {order.quantity} × {order.sku}
          </li>
        ))}
      </ul>
    </main>
  )
}
