import { RetryButton } from '@/components/retry-button';
import { TagForm } from '@/components/tag-form';

export default function TagsPage() {
  return (
    <main>
      <TagForm />
      <RetryButton url="/api/tags" />
      <a href="/api/labels">labels as JSON</a>
    </main>
  );
}
