import type { Citation } from '@safeguarding/schemas';

/** An answer to a general question: plain text and where it comes from (`ask --json` prints it as is). */
export interface InfoAnswer {
  kind: 'info';
  text: string;
  citations: Citation[];
}
