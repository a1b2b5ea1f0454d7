/** "What must we do next?", "what's due?": asking for the case's answer, with nothing new in it. */
export const ASKS_FOR_ANSWER =
  /\b(what (must|should|do|have|need) (we|i)( need to| have to)? do|what('?s| is| are) (due|next|outstanding)|next (steps?|actions?)|what now|(what|which) (duties|deadlines) (apply|are there|do we have))/i;

/** A question rather than a statement: it ends with "?" or opens with a question word. */
export function isQuestion(text: string): boolean {
  return (
    /\?\s*$/.test(text) ||
    /^\s*(what|whats|what's|who|whos|who's|how|when|why|which|where|is|are|does|do|can|should|must|explain|define|tell me)\b/i.test(
      text,
    )
  );
}

/** "skip", "don't know", "not sure": the user cannot answer this question. */
export const DOES_NOT_KNOW =
  /^\s*(skip|pass|i\s+)?(don'?t|do not|dont)\s+know\s*$|^\s*(skip|pass|not sure|unsure|unknown|no idea|dk|n\/?k|\?)\s*[.!]?\s*$/i;

/** "skip all", "just answer": stop asking and answer with what is known. */
export const STOP_ASKING =
  /^\s*(skip all|skip them all|just answer|answer now|stop asking|no more questions|enough)\s*[.!]?\s*$/i;
