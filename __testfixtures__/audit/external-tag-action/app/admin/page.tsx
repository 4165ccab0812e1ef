import { NewsletterAdmin } from '@/components/newsletter-admin';

export default function AdminPage() {
  return <NewsletterAdmin />;
}
