export const inviteSchema = {
  parse(value: unknown): { email: string } {
    const email = (value as { email?: unknown } | null)?.email
    if (typeof email !== 'string' || !email.includes('@')) throw new Error('Invalid email')
    return { email }
  },
}
