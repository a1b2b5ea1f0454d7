const ACRONYMS: Record<string, string> = { lscb: 'LSCB', lado: 'LADO', cdop: 'CDOP', icb: 'ICB' };

/** "local-authority" → "local authority", "lscb-chair" → "LSCB chair": catalogue ids as people read them. */
export function actorWords(actor: string): string {
  return actor
    .split('-')
    .map((word) => ACRONYMS[word] ?? word)
    .join(' ');
}
