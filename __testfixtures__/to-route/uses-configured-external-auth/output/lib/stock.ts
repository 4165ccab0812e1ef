const stock = new Map<string, number>()

export function setStock(sku: string, count: number): void {
  stock.set(sku, count)
}
