/** One CSV cell: quoted when it holds a comma, a quote or a line break (quotes doubled). */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || value.trim() !== value ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows as CSV text: comma-separated, CRLF line ends (RFC 4180), UTF-8 with no byte order mark. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
