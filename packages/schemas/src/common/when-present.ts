/**
 * An error message for a value that is present but wrong. For a missing value it defers to zod's
 * default, which `explainIssues` turns into "is required", so a missing field never reads as a
 * badly formatted one.
 */
export function whenPresent(message: string) {
  return (issue: { input?: unknown }): string | undefined =>
    issue.input === undefined ? undefined : message;
}
