export function sendInvite(email: string) {
  return email.toLowerCase()
}
