"use server";

import { storeFeedback } from "@/lib/feedback";

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any };

// Feedback from the widget at the bottom of every page.
export async function saveFeedback(body: { rating: number; comment?: string }): Promise<RouteResult> {
  // Ratings outside 1..5 are a client bug.
  if (body.rating < 1 || body.rating > 5) {
    return { ok: false, status: 422, data: { error: "Rating must be between 1 and 5" } };
  }

  /* Keep the comment short: the table column is 500 chars. */
  const saved = storeFeedback({
    rating: body.rating,
    comment: body.comment?.slice(0, 500),
  });

  return { ok: true, status: 200, data: { id: saved.id } }; // 200 by default
}
