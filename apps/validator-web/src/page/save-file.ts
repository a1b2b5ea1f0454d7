/** Offers content as a download with a file name, without sending it anywhere. */
export function saveFile(name: string, content: string | Uint8Array, type: string): void {
  const blob = new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the address is freed after it begins.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
