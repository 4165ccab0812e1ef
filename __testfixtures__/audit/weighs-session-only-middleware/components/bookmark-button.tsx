'use client';

export function BookmarkButton({ postId }: { postId: string }) {
  return (
    <button
      onClick={async () => {
        await fetch('/api/bookmarks', { method: 'POST', body: JSON.stringify({ postId }) });
      }}
    >
      Bookmark
    </button>
  );
}
