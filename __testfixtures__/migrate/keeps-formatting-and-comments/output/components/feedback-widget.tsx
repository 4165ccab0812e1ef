"use client";

import { useState } from "react";
import { saveFeedback } from "@/app/actions/feedback";

/** Five stars and an optional comment. */
export function FeedbackWidget() {
  const [message, setMessage] = useState<string | null>(null);

  async function send(rating: number, comment: string) {
    // Post it; the route answers 422 for a bad rating.
    const res = await saveFeedback({ rating, comment });
    const data = res.data; // { id } or { error }
    setMessage(res.ok ? "Thanks!" : data.error);
  }

  return (
    <div className="feedback">
      {[1, 2, 3, 4, 5].map((n) => (
        <button key={n} onClick={() => send(n, "")}>
          {n}
        </button>
      ))}
      {message && <p>{message}</p>}
    </div>
  );
}
