const todos: { id: number; title: string }[] = []

export function addTodo(title: string) {
	const todo = { id: todos.length + 1, title }
	todos.push(todo)
	return todo
}
