export async function renderPdf(ids: string[]): Promise<Uint8Array> {
  return new TextEncoder().encode(`%PDF-1.4 ${ids.join(',')}`);
}
