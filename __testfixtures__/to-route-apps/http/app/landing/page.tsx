export default async function Landing({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  const { to } = await searchParams
  return <h1>Landed for {to ?? 'nobody'}</h1>
}
