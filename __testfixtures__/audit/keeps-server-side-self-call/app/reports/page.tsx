import { Ping } from '@/components/ping';

export default async function ReportsPage() {
  const res = await fetch(`${process.env.NEXT_PUBLIC_APP_URL}/api/render`, { method: 'POST', body: JSON.stringify({ jobId: 'r' }) });
  const data = await res.json();
  return (
    <main>
      <pre>{JSON.stringify(data)}</pre>
      <Ping />
    </main>
  );
}
