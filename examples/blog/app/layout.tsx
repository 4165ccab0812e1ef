import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { signIn, signOut } from '@/app/actions/session'
import './globals.css'

export const metadata: Metadata = {
  title: 'Blog example',
  description: 'A small Next.js app with route handlers and server actions for route-actions to audit.',
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const signedIn = (await cookies()).has('session')

  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <nav aria-label="Main">
            <Link href="/">Home</Link>
            <Link href="/profile">Profile</Link>
            <Link href="/newsletter">Newsletter</Link>
            <Link href="/admin">Admin</Link>
          </nav>
          {signedIn ? (
            <form action={signOut} className="inline">
              <span>Signed in as demo</span>
              <button type="submit">Sign out</button>
            </form>
          ) : (
            <form action={signIn}>
              <button type="submit">Sign in</button>
            </form>
          )}
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
