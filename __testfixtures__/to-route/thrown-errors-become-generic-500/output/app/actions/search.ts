'use server'

import { connect } from '@/lib/search-index'

/** A nightly job rebuilds the index. @external /api/search/rebuild */
export async function rebuildIndex() {
  const index = connect(process.env.SEARCH_URL)
  if (!index) {
    // The message names internals: the route must never send it to the caller.
    throw new Error(`cannot reach the search index at ${process.env.SEARCH_URL ?? '(unset)'}`)
  }
  return { documents: index.rebuild() }
}
