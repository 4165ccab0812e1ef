'use server'

/** Finance pulls reports over HTTP. @external /api/reports */
export async function generateReport(input: { from: string; to: string; days?: number }) {
  const days = input.days ?? Math.round((Date.parse(input.to) - Date.parse(input.from)) / 86_400_000) + 1
  return { from: input.from, to: input.to, days }
}
