import { renderPdf } from '@/lib/pdf';

export async function POST(request: Request) {
  const { ids } = (await request.json()) as { ids: string[] };
  const pdf = await renderPdf(ids);
  return new Response(pdf, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'attachment; filename="invoices.pdf"',
    },
  });
}
