'use client';

import { useMutation } from '@tanstack/react-query';

export function LikeButton({ postId }: { postId: string }) {
  const like = useMutation({
    mutationFn: (v: { postId: string }) => fetch('/api/likes', { method: 'POST', body: JSON.stringify(v) }),
  });

  return <button onClick={() => like.mutate({ postId })}>Like</button>;
}
