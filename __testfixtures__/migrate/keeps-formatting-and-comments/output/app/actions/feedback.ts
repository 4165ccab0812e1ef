"use server";

import { NextResponse } from "next/server";
import { storeFeedback } from "@/lib/feedback";

/** What the API route answered, returned as a value: messages thrown by an action are hidden in production builds. */
type RouteResult = { ok: boolean; status: number; data: any };

/** What the route's client read from a response: its status, and its body as JSON when it is JSON (whatever its content type), else as text. */
async function routeResult(response: Response | Promise<Response>): Promise<RouteResult> {
  const answer = await response;
  const text = await answer.text();
  let data: unknown = text;
  try {
    data = JSON.parse(text);
  } catch {
    // not JSON: the client read it with res.text()
  }
  return { ok: answer.ok, status: answer.status, data };
}

// Feedback from the widget at the bottom of every page.
export async function saveFeedback(input: any): Promise<RouteResult> {
  try {
    const body = input as { rating: number; comment?: string };

    // Ratings outside 1..5 are a client bug.
    if (body.rating < 1 || body.rating > 5) {
      return { ok: false, status: 422, data: { error: "Rating must be between 1 and 5" } };
    }

    /* Keep the comment short: the table column is 500 chars. */
    const saved = storeFeedback({
      rating: body.rating,
      comment: body.comment?.slice(0, 500),
    });

    return routeResult(NextResponse.json({ id: saved.id })); // 200 by default
  } catch (error) {
    // redirect() and notFound() throw errors Next answers itself
    if (typeof (error as { digest?: unknown } | null)?.digest === "string") throw error;
    console.error(error);
    return { ok: false, status: 500, data: "" };
  }
}
