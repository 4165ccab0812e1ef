export function addToList(email: string, source: string): { email: string; source: string } {
  return { email, source };
}
