#!/usr/bin/env node
// Imports posts from a JSON file into a running app.
// Usage: APP_URL=http://localhost:3000 node scripts/import-posts.mjs posts.sample.json
import { readFile } from 'node:fs/promises'

const file = process.argv[2]
if (!file) {
  console.error('Usage: node scripts/import-posts.mjs <posts.json>')
  process.exit(1)
}

const posts = JSON.parse(await readFile(file, 'utf8'))

const res = await fetch(`${process.env.APP_URL ?? 'http://localhost:3000'}/api/import`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ posts }),
})
const data = await res.json()

if (!res.ok) {
  console.error(`Import failed (${res.status}): ${data.error}`)
  process.exit(1)
}

console.log(`Imported ${data.imported} posts`)
