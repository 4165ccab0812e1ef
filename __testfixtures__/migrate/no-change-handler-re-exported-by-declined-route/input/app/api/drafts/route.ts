export const runtime = 'nodejs'

// The editor saves drafts through the same handler as the public posts API.
export { POST } from '../posts/route'
