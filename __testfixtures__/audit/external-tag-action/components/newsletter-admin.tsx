'use client';

import { saveDraft, sendNewsletter, syncSubscribers } from '@/app/actions/newsletter';

export function NewsletterAdmin() {
  return (
    <div>
      <form action={saveDraft}>
        <input name="subject" />
        <button type="submit">Save draft</button>
      </form>
      <form action={sendNewsletter}>
        <input name="subject" />
        <button type="submit">Send</button>
      </form>
      <button onClick={() => syncSubscribers()}>Sync</button>
    </div>
  );
}
