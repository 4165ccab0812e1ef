const payments = new Map<string, number>()

export function recordPayment(id: string, amount: number): { id: string; amount: number } {
  payments.set(id, amount)
  return { id, amount }
}
