/** A catalogue that cannot be trusted: the message names the source, the duty and the problem. */
export class CatalogueError extends Error {
  override name = 'CatalogueError';
}
