/**
 * A mistake in what the user typed or supplied (an argument, a file, the facts). The command
 * line prints its message as one plain line (a few for several field errors) and exits with 2.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
