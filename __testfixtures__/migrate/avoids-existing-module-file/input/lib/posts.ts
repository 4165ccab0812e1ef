const likes = new Map<string, number>()
const archived = new Set<string>()

export function addLike(id: string) {
  likes.set(id, (likes.get(id) ?? 0) + 1)
  return likes.get(id)!
}

export function archive(id: string) {
  archived.add(id)
}
