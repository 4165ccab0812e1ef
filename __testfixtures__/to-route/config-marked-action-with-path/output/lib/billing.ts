export function refund(orderId: string, amountCents: number): { orderId: string; refundedCents: number } {
  return { orderId, refundedCents: amountCents }
}
