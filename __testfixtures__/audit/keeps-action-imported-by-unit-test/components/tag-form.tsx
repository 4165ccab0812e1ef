'use client'

import { createTag } from '@/app/actions/tags'

export function TagForm() {
  return (
    <form action={async (data) => { await createTag(String(data.get('name'))) }}>
      <input name="name" />
    </form>
  )
}
