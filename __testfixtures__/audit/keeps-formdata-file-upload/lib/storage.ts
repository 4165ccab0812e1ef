export async function downloadStoredFile(id: string): Promise<Blob> {
  return new Blob([`stored file ${id}`]);
}
