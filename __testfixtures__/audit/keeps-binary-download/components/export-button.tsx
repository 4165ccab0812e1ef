'use client';

export function ExportButton({ ids }: { ids: string[] }) {
  async function download() {
    const res = await fetch('/api/invoices/export', { method: 'POST', body: JSON.stringify({ ids }) });
    const blob = await res.blob();
    window.open(URL.createObjectURL(blob));
  }

  return <button onClick={download}>Export</button>;
}
