export class QuotaError extends Error {
  status = 402
}

export async function createInvoice(userId: string, body: unknown) {
  const amount = Number((body as { amount?: unknown } | null)?.amount)
  if (!Number.isFinite(amount) || amount <= 0) throw Object.assign(new Error('Amount must be positive'), { status: 422 })
  if (amount > 10_000) throw new QuotaError('Over your monthly quota')
  return { id: `${userId}-1`, amount, issuedAt: new Date(), note: undefined }
}
