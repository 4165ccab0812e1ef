const reviews = []

export function addReview(review) {
  reviews.push(review)
  return { id: reviews.length, ...review }
}
