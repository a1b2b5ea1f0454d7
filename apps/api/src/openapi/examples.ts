/** Example documents by schema id, then by name: the valid examples in schemas/examples. */
export type Examples = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** OpenAPI named examples: `{ name: { summary, value } }`. */
export type NamedExamples = Record<string, { summary: string; value: unknown }>;

/** "sudden-unexpected-infant-death" → "Sudden unexpected infant death". */
function summaryOf(name: string): string {
  const words = name.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The examples of one schema id as OpenAPI named examples (an id without examples is a bug, and says so). */
export function namedExamples(examples: Examples, id: string): NamedExamples {
  const found = examples[id];
  if (!found || Object.keys(found).length === 0)
    throw new Error(`schemas/examples/${id}/valid has no examples`);
  return Object.fromEntries(
    Object.entries(found).map(([name, value]) => [name, { summary: summaryOf(name), value }]),
  );
}

/** The first example of a schema id, for places that show one document. */
export function firstExample(examples: Examples, id: string): unknown {
  const [first] = Object.values(namedExamples(examples, id));
  return first?.value;
}
