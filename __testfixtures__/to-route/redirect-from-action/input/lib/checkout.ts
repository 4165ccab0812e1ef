let next = 1

export function openCheckout(plan: 'pro' | 'team'): { id: string; plan: string } {
  return { id: `cs_${next++}`, plan }
}
