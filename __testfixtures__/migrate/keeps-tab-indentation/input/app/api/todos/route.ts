import { NextResponse } from 'next/server'
import { addTodo } from '@/lib/todos'

export async function POST(request: Request) {
	const { title } = (await request.json()) as { title: string }
	if (!title.trim()) {
		return NextResponse.json({ error: 'Title required' }, { status: 400 })
	}
	return NextResponse.json(addTodo(title.trim()), { status: 201 })
}
