'use client';

import useSWRMutation from 'swr/mutation';

export function AddTodo() {
  const { trigger, isMutating } = useSWRMutation('/api/todos', (url: string, { arg }: { arg: { title: string } }) =>
    fetch(url, { method: 'POST', body: JSON.stringify(arg) }),
  );

  return (
    <button disabled={isMutating} onClick={() => trigger({ title: 'Buy milk' })}>
      Add
    </button>
  );
}
