const avatars = new Map<string, { name: string; size: number }>()

export async function storeAvatar(userId: string, file: File): Promise<string> {
  avatars.set(userId, { name: file.name, size: file.size })
  return `/avatars/${encodeURIComponent(userId)}`
}
