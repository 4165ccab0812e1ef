'use server'

/** An old JavaScript action: its parameters carry no types. @external /api/members/tag */
export async function tagMember(userId, tag) {
  if (typeof userId !== 'string' || typeof tag !== 'string') {
    return { error: 'userId and tag must be strings' }
  }
  return { userId, tag }
}
