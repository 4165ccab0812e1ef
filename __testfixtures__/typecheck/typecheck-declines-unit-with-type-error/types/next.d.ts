// Just enough of next and React for the fixture to type-check without installing them.
declare module 'next/server' {
  export class NextResponse extends Response {
    static json(body: unknown, init?: ResponseInit): NextResponse
  }
}

declare module 'next/headers' {
  export function headers(): Promise<Headers>
  export function cookies(): Promise<{ get(name: string): { value: string } | undefined }>
}

declare module 'next/navigation' {
  export function redirect(url: string): never
}

declare module 'react' {
  export function useState<T>(initial: T): [T, (next: T) => void]
}

declare namespace JSX {
  interface Element {}
  interface IntrinsicElements {
    [name: string]: any
  }
}
