const taken = ['admin', 'root']

export function isTaken(username: string) {
  return taken.includes(username.toLowerCase())
}
