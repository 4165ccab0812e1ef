'use server'

export type Role = 'admin' | 'member'

/** The identity provider sets roles. @external /api/members/role */
export async function setRole(userId: string, role: 'admin' | 'member') {
  if (role !== 'admin' && role !== 'member') {
    return { error: 'Unknown role' }
  }
  return { userId, role }
}

/** Analytics events carry any JSON payload. @external /api/members/events */
export async function logEvent(name: string, payload: unknown) {
  return { name, payload }
}

/** The nightly job sends the plan by name. @external /api/members/plan */
export async function changePlan(userId: string, plan: Role | null) {
  return { userId, plan }
}
