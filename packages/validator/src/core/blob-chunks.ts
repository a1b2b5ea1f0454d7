/** What the reader needs of a browser `File` or `Blob` (Node's `Blob` has the same shape). */
export type BlobLike = { readonly size: number; stream(): ReadableStream<Uint8Array> };

/**
 * A `File` or `Blob` as the byte chunks `validate` takes, read as a stream so a large file is
 * never held whole (XLSX aside: its directory is at its end). `onBytes` hears the running count
 * of bytes read, for a progress bar.
 */
export async function* blobChunks(
  blob: BlobLike,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  let bytesRead = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      bytesRead += value.length;
      onBytes?.(bytesRead);
      yield value;
    }
  } finally {
    // A reader stopped early (the caller gave up) releases the file.
    await reader.cancel().catch(() => {});
  }
}
