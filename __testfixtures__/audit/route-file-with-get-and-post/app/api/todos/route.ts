import { NextResponse } from 'next/server';

const todos: { id: number; title: string }[] = [];

export async function GET() {
  return NextResponse.json(todos);
}

export async function POST(request: Request) {
  const { title } = await request.json();
  const todo = { id: todos.length + 1, title };
  todos.push(todo);
  return NextResponse.json(todo, { status: 201 });
}
