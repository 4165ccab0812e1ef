let next = 1

export function createInvite(email) {
  return { id: next++, email }
}
