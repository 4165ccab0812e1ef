const bookmarks: { id: string; url: string }[] = []

export function saveBookmark(url: string) {
  const bookmark = { id: `b${bookmarks.length + 1}`, url }
  bookmarks.push(bookmark)
  return bookmark
}
