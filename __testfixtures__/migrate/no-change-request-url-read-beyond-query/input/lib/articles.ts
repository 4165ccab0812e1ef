const articles: { id: number; title: string; draft: boolean }[] = []

export function insertArticle(input: { title: string; draft: boolean }) {
  const article = { id: articles.length + 1, ...input }
  articles.push(article)
  return article
}
