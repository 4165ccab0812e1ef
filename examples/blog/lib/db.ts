import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import seed from '@/data/seed.json'

export type Post = { id: string; title: string; body: string; likes: number; published: boolean; scheduledFor?: string }
export type Comment = { id: string; postId: string; text: string }
export type Subscriber = { email: string }
export type Profile = { name: string; bio: string }
export type Payment = { id: string; amount: number }
export type Report = { id: string; postId: string; reason: string }
export type Newsletter = { subject: string; recipients: number; sentAt: string }

type Data = {
  posts: Post[]
  comments: Comment[]
  subscribers: Subscriber[]
  profiles: Profile[]
  payments: Payment[]
  reports: Report[]
  imports: number
  newsletters: Newsletter[]
}

const initialData: Data = seed

function dataFile() {
  return process.env.DATA_FILE ?? path.join(process.cwd(), '.data', 'db.json')
}

function load(): Data {
  try {
    // The store is runtime state, not a build input, so keep it out of output file tracing.
    return JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ dataFile(), 'utf8')) as Data
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return structuredClone(initialData)
    throw error
  }
}

function save(data: Data) {
  const file = dataFile()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  // Write to a temp file first so readers never see a half-written store.
  const tmp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(data, null, 2))
  fs.renameSync(tmp, file)
}

function update<T>(change: (data: Data) => T): T {
  const data = load()
  const result = change(data)
  save(data)
  return result
}

// Posts

export function listPosts(): Post[] {
  return load().posts
}

export function getPost(id: string): Post | undefined {
  return load().posts.find((post) => post.id === id)
}

export function createPost(input: { title: string; body: string }): Post {
  return update((data) => {
    const post: Post = { id: randomUUID(), title: input.title, body: input.body, likes: 0, published: false }
    data.posts.push(post)
    return post
  })
}

export function importPosts(inputs: { title: string; body: string }[]): number {
  return update((data) => {
    for (const input of inputs) {
      data.posts.push({ id: randomUUID(), title: input.title, body: input.body, likes: 0, published: false })
    }
    data.imports += inputs.length
    return inputs.length
  })
}

export function likePost(id: string): Post | undefined {
  return update((data) => {
    const post = data.posts.find((p) => p.id === id)
    if (post) post.likes += 1
    return post
  })
}

export function publishPost(id: string): Post | undefined {
  return update((data) => {
    const post = data.posts.find((p) => p.id === id)
    if (post) post.published = true
    return post
  })
}

export function schedulePost(id: string, when: Date): Post | undefined {
  return update((data) => {
    const post = data.posts.find((p) => p.id === id)
    if (post) post.scheduledFor = when.toISOString()
    return post
  })
}

// Comments

export function listComments(): Comment[] {
  return load().comments
}

export function addComment(postId: string, text: string): Comment {
  return update((data) => {
    const comment: Comment = { id: randomUUID(), postId, text }
    data.comments.push(comment)
    return comment
  })
}

// Subscribers and newsletters

export function listSubscribers(): Subscriber[] {
  return load().subscribers
}

export function addSubscriber(email: string): void {
  update((data) => {
    if (!data.subscribers.some((s) => s.email === email)) data.subscribers.push({ email })
  })
}

export function listNewsletters(): Newsletter[] {
  return load().newsletters
}

/** Records a newsletter send and returns how many subscribers received it. */
export function recordNewsletter(subject: string): number {
  return update((data) => {
    const recipients = data.subscribers.length
    data.newsletters.push({ subject, recipients, sentAt: new Date().toISOString() })
    return recipients
  })
}

// Profiles

export function saveProfile(profile: Profile): Profile {
  return update((data) => {
    data.profiles = [...data.profiles.filter((p) => p.name !== profile.name), profile]
    return profile
  })
}

// Payments

export function listPayments(): Payment[] {
  return load().payments
}

export function recordPayment(payment: Payment): Payment {
  return update((data) => {
    data.payments.push(payment)
    return payment
  })
}

// Reports

export function listReports(): Report[] {
  return load().reports
}

export function addReport(postId: string, reason: string): Report {
  return update((data) => {
    const report: Report = { id: randomUUID(), postId, reason }
    data.reports.push(report)
    return report
  })
}

export function clearReports(): void {
  update((data) => {
    data.reports = []
  })
}

// Imports

export function importCount(): number {
  return load().imports
}
