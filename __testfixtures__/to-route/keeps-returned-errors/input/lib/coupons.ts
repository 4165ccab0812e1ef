export type Coupon = { code: string; percentOff: number; redeemed: boolean }

const coupons: Coupon[] = [{ code: 'WELCOME10', percentOff: 10, redeemed: false }]

export function findCoupon(code: unknown): Coupon | undefined {
  return typeof code === 'string' ? coupons.find((c) => c.code === code.toUpperCase()) : undefined
}

export function markRedeemed(code: string): void {
  const coupon = coupons.find((c) => c.code === code)
  if (coupon) coupon.redeemed = true
}
