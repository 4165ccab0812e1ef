export type Profile = { name: string; locale: string }

let current: Profile = { name: '', locale: 'en' }

export function updateProfile(next: Profile): Profile {
  current = { ...current, ...next }
  return current
}
