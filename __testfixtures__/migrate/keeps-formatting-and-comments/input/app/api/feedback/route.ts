import { NextResponse } from "next/server";
import { storeFeedback } from "@/lib/feedback";

// Feedback from the widget at the bottom of every page.
export async function POST(request: Request) {
  const body = (await request.json()) as { rating: number; comment?: string };

  // Ratings outside 1..5 are a client bug.
  if (body.rating < 1 || body.rating > 5) {
    return NextResponse.json(
      { error: "Rating must be between 1 and 5" },
      { status: 422 },
    );
  }

  /* Keep the comment short: the table column is 500 chars. */
  const saved = storeFeedback({
    rating: body.rating,
    comment: body.comment?.slice(0, 500),
  });

  return NextResponse.json({ id: saved.id }); // 200 by default
}
