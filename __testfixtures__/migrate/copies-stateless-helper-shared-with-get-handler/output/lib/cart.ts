const cart: { sku: string; price: number }[] = []

export function getCart() {
  return cart
}

export function addItem(sku: string) {
  cart.push({ sku, price: 10 })
  return cart
}
