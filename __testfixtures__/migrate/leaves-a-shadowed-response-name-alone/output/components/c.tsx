'use client'

import { saveX } from '@/app/actions/x'

export async function go() {
  const res = await saveX({ a: 1 })
  const data = res.data
  const other = await fetch('https://example.com/feed').then((res) => res.json())
  return [data, other, res.ok]
}
