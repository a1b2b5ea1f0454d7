import type { FieldError } from '@safeguarding/schemas';

/** Case facts the engine cannot answer from: every problem names its field, in plain English. */
export class FactsError extends Error {
  override name = 'FactsError';
  readonly issues: FieldError[];

  constructor(issues: FieldError[]) {
    super(issues.map((issue) => (issue.path ? `${issue.path} ${issue.message}` : issue.message)).join('; '));
    this.issues = issues;
  }
}
