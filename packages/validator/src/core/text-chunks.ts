/**
 * Bytes to text, chunk by chunk: UTF-8, a leading byte order mark dropped, a character split
 * across two chunks kept whole.
 */
export async function* textChunks(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of bytes) {
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

/** Any byte source as an async iterable: a whole buffer, or a stream already iterable. */
export async function* bytesOf(source: Uint8Array | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array) {
    // Hand over in slices, so progress and memory behave as for a stream.
    for (let start = 0; start < source.length; start += 1 << 20)
      yield source.subarray(start, start + (1 << 20));
    return;
  }
  yield* source;
}
