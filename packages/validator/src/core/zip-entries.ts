import { Inflate, inflateSync } from 'fflate';

/** One file inside a ZIP archive, found through the central directory. */
export type ZipEntry = { name: string; method: number; compressedSize: number; dataOffset: number };

export class ZipError extends Error {
  override name = 'ZipError';
}

const u16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;

/**
 * The entries of a ZIP archive (an XLSX file is one), from the central directory at its end, so
 * any entry can be read in any order without unpacking the others. ZIP64 archives (over 4 GB)
 * are not read.
 */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError('it is not an XLSX file (no ZIP directory at its end)');
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const decoder = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  for (let index = 0; index < count; index++) {
    if (u32(bytes, at) !== 0x02014b50) throw new ZipError('its ZIP directory is damaged');
    const nameLength = u16(bytes, at + 28);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = u32(bytes, at + 42);
    if (u32(bytes, local) !== 0x04034b50) throw new ZipError(`its entry ${name} is damaged`);
    entries.set(name, {
      name,
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      dataOffset: local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

function compressed(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ZipError(`its entry ${entry.name} uses a compression method XLSX files do not use`);
  }
  return bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

/** A small entry, whole, as text. */
export function entryText(bytes: Uint8Array, entry: ZipEntry): string {
  const data = compressed(bytes, entry);
  return new TextDecoder().decode(entry.method === 0 ? data : inflateSync(data));
}

/**
 * A large entry as text, piece by piece: at most about `slice` compressed bytes are inflated at
 * a time, so a sheet of a million rows never sits in memory unpacked.
 */
export function* entryTextChunks(bytes: Uint8Array, entry: ZipEntry, slice = 1 << 16): Generator<string> {
  const data = compressed(bytes, entry);
  const decoder = new TextDecoder();
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += slice) {
      yield decoder.decode(data.subarray(at, at + slice), { stream: true });
    }
    return;
  }
  const pieces: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => {
    pieces.push(chunk);
  });
  for (let at = 0; at < data.length; at += slice) {
    inflate.push(data.subarray(at, at + slice), at + slice >= data.length);
    const text = pieces.map((piece) => decoder.decode(piece, { stream: true })).join('');
    pieces.length = 0;
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}
