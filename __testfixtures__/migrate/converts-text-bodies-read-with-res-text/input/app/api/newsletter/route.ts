import { subscribe, AlreadySubscribedError } from '@/lib/newsletter'

export async function POST(req: Request) {
  const { email } = (await req.json()) as { email: string }
  if (!email?.includes('@')) {
    return new Response('Enter a valid email address', { status: 400, statusText: 'Bad Request' })
  }
  try {
    await subscribe(email)
    return new Response(null, { status: 204 })
  } catch (error) {
    if (error instanceof AlreadySubscribedError) {
      return new Response(error.message, { status: 409 })
    }
    return new Response('Something went wrong', { status: 500 })
  }
}
