'use client'

import { createBookmark } from '@/app/actions/bookmarks'

// Saves the current page in one click.
export function QuickSave() {
  async function save() {
    const res = await createBookmark({ url: location.href })
    alert(res.ok ? 'Saved' : 'Could not save this page')
  }
  return <button onClick={save}>Save this page</button>
}
