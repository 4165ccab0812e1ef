'use client';

import axios from 'axios';
import { api } from '@/lib/api';

export function PostFooter({ postId }: { postId: string }) {
  async function comment(text: string) {
    await axios.post('/api/comments', { postId, text });
  }

  async function vote() {
    await axios({ method: 'post', url: '/api/votes', data: { postId } });
  }

  async function bookmark() {
    await api.post('/bookmarks', { postId });
  }

  return (
    <footer>
      <button onClick={() => comment('Nice!')}>Comment</button>
      <button onClick={vote}>Vote</button>
      <button onClick={bookmark}>Bookmark</button>
    </footer>
  );
}
