'use server'

import { addTodo } from '@/lib/todos'

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any }

export async function createTodo(input: { title: string }): Promise<RouteResult> {
	const { title } = input
	if (!title.trim()) {
		return { ok: false, status: 400, data: { error: 'Title required' } }
	}
	return { ok: true, status: 201, data: addTodo(title.trim()) }
}
