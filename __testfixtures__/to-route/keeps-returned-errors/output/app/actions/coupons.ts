'use server'

import { findCoupon, markRedeemed } from '@/lib/coupons'

/** Partners check a code before checkout. @external /api/coupons/check */
export async function checkCoupon(input: { code: string }) {
  const coupon = findCoupon(input?.code)
  if (!coupon) {
    // An error returned as a value: the route answers 400 with this body.
    return { error: 'Unknown coupon' }
  }
  return { code: coupon.code, percentOff: coupon.percentOff }
}

/** Partners redeem a code after checkout. @external /api/coupons/redeem */
export async function redeemCoupon(input: { code: string }) {
  const coupon = findCoupon(input?.code)
  if (!coupon) {
    return { ok: false, status: 404, data: { error: 'Unknown coupon' } }
  }
  if (coupon.redeemed) {
    return { ok: false, status: 409, data: { error: 'Already redeemed' } }
  }
  markRedeemed(coupon.code)
  return { ok: true, status: 201, data: { code: coupon.code, redeemed: true } }
}
