'use client'

import { useState } from 'react'
import { createTodo } from '@/app/actions/todos'

export function TodoInput() {
	const [title, setTitle] = useState('')
	const [error, setError] = useState<string | null>(null)

	async function add() {
		const res = await createTodo({ title })
		const data = res.data
		if (res.ok) setTitle('')
		else setError(data.error)
	}

	return (
		<div>
			<input value={title} onChange={(e) => setTitle(e.target.value)} />
			<button onClick={add}>Add</button>
			{error && <p role="alert">{error}</p>}
		</div>
	)
}
