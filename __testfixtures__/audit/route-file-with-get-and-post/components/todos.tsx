'use client';

import { useEffect, useState } from 'react';

export function Todos() {
  const [todos, setTodos] = useState<{ id: number; title: string }[]>([]);

  useEffect(() => {
    fetch('/api/todos').then((res) => res.json()).then(setTodos);
  }, []);

  async function add(title: string) {
    const res = await fetch('/api/todos', { method: 'POST', body: JSON.stringify({ title }) });
    const todo = await res.json();
    setTodos((list) => [...list, todo]);
  }

  return <button onClick={() => add('New todo')}>Add ({todos.length})</button>;
}
