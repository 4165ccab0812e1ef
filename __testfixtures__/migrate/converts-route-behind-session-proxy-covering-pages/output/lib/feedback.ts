const scores: number[] = []

export function saveFeedback(score: number) {
  scores.push(score)
}
