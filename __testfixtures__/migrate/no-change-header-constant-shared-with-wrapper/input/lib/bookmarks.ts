export interface Bookmark {
  id: number
  url: string
}

const bookmarks: Bookmark[] = []

export function saveBookmark(url: string): Bookmark {
  const bookmark = { id: bookmarks.length + 1, url }
  bookmarks.push(bookmark)
  return bookmark
}

export function listBookmarks(): Bookmark[] {
  return bookmarks
}
