const ENDPOINT = '/api/reports'
const inFlight = new Set<string>()

export function settled() {
  inFlight.delete(ENDPOINT)
}

export const targets = [ENDPOINT]
