export async function auth(): Promise<{ role: string } | null> {
  return null;
}
