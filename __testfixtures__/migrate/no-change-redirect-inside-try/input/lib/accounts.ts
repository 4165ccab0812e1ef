const accounts = new Set<string>()

export async function createAccount(email: string) {
  if (!email || accounts.has(email)) throw new Error('taken')
  accounts.add(email)
}
