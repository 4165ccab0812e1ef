const tags = new Set<string>()

export function addTag(name: string) {
  tags.add(name)
  return { name, count: tags.size }
}
