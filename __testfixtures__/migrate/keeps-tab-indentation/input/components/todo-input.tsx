'use client'

import { useState } from 'react'

export function TodoInput() {
	const [title, setTitle] = useState('')
	const [error, setError] = useState<string | null>(null)

	async function add() {
		const res = await fetch('/api/todos', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ title }),
		})
		const data = await res.json()
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
