export type Feedback = { id: number; rating: number; comment?: string };

const all: Feedback[] = [];

export function storeFeedback(input: Omit<Feedback, "id">): Feedback {
  const feedback = { id: all.length + 1, ...input };
  all.push(feedback);
  return feedback;
}
