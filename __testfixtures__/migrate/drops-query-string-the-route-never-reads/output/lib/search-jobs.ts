let next = 1

export function startSearchJob() {
  return { id: next++ }
}
