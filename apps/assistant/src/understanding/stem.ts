/**
 * A light English stemmer, enough to match inflections of the vocabulary's phrases ("injured",
 * "injuries"; "notified", "notify"; "abusing", "abused"). Phrases and the user's words go through
 * the same function, so only consistency matters, not linguistic correctness.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.length <= 5 && w.endsWith('ying')) return `${w.slice(0, -4)}ie`; // dying, lying
  if (w.endsWith('ies') || w.endsWith('ied')) return w.length <= 4 ? w.slice(0, -1) : `${w.slice(0, -3)}i`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length - 3 >= 3) return undouble(w.slice(0, -3));
  if (w.endsWith('ed') && w.length - 2 >= 3) return undouble(w.slice(0, -2));
  if (/(s|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) return `${w.slice(0, -1)}i`;
  if (w.endsWith('e') && w.length > 4) return w.slice(0, -1);
  return w;
}

/** "referr" → "refer", "plann" → "plan"; but "call", "pass" and "buzz" keep their double letter. */
function undouble(w: string): string {
  const last = w.at(-1)!;
  if (w.length >= 4 && last === w.at(-2) && !'lsz'.includes(last)) return w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) return w.slice(0, -1);
  return w;
}
