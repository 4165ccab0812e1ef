export function noContent() {
  return new Response(null, { status: 204 });
}
