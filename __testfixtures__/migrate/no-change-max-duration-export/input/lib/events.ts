export function logEvent(name: string) {
  console.log('event', name)
}
