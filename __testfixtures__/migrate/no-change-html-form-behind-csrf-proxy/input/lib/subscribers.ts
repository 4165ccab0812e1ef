const subscribers = new Set<string>()

export function addSubscriber(email: string) {
  subscribers.add(email.toLowerCase())
}
