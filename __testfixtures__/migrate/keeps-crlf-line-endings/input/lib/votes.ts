const tally = { yes: 0, no: 0 }

export function recordVote(choice: 'yes' | 'no') {
  tally[choice]++
  return { ...tally }
}
