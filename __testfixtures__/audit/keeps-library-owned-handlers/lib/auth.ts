export const auth = { handler: async (request: Request) => new Response(request.url) };
