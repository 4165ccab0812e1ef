export async function sendInvite(email: string) {
  console.log('invite', email)
}
