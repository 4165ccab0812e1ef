export async function POST(request: Request) {
  const { prompt } = await request.json();
  const encoder = new TextEncoder();

  return new Response(
    new ReadableStream({
      start(controller) {
        for (const word of String(prompt).split(' ')) {
          controller.enqueue(encoder.encode(`data: ${word}\n\n`));
        }
        controller.close();
      },
    }),
    { headers: { 'Content-Type': 'text/event-stream' } },
  );
}
