/**
 * An error message for a value that is present but wrong. For a missing value it defers to zod's
 * default, which `explainIssues` turns into "is required", so a missing field never reads as a
 * badly formatted one.
 */
export function whenPresent(message: string) {
  return (issue: { input?: unknown }): string | undefined =>
    issue.input === undefined ? undefined : message;
}

/**
 * The message for a discriminated union whose tag is not one of the known values. zod puts that
 * issue on the tag field; anything else (a missing or non-object value) keeps its usual message.
 */
export function unknownTag(tags: readonly string[]) {
  return (issue: { code?: string }): string | undefined =>
    issue.code === 'invalid_union' ? `must be one of: ${tags.join(', ')}` : undefined;
}
