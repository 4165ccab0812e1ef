export async function POST(request: Request) {
  const { ids } = await request.json();
  const totals = { count: ids.length };
  return new Response(JSON.stringify(totals), { headers: { 'Content-Type': 'application/json' } });
}
