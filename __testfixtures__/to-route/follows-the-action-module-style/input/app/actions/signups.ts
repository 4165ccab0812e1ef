"use server";

import { addToList } from "@/lib/list";

/** The landing page builder posts sign-ups. @external /api/signups */
export async function addSignup(email: string, source?: string) {
  if (!email.includes("@")) {
    return { error: "A valid email is required" };
  }
  return addToList(email, source ?? "direct");
}
