export type Order = { id: string; sku: string; quantity: number }

const orders: Order[] = []

export function saveOrder(input: { sku: string; quantity: number }): Order {
  const order = { id: String(orders.length + 1), ...input }
  orders.push(order)
  return order
}

export function listOrders(): Order[] {
  return orders
}
