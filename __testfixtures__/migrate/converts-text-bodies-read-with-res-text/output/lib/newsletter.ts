export class AlreadySubscribedError extends Error {
  constructor(email: string) {
    super(`${email} is already subscribed`)
  }
}

const subscribers = new Set<string>()

export async function subscribe(email: string) {
  if (subscribers.has(email)) throw new AlreadySubscribedError(email)
  subscribers.add(email)
}
