const hooks: { id: number; url: string }[] = []

export function addWebhook(url: string) {
  const hook = { id: hooks.length + 1, url }
  hooks.push(hook)
  return hook
}
