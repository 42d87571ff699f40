/**
 * CSV for the policy views' downloads, written for Norwegian Excel: semicolon-separated (Excel in
 * a Norwegian locale takes `;` as the list separator, since `,` is the decimal comma), UTF-8 with a
 * byte-order mark (without it Excel reads æøå as Windows-1252), CRLF line ends, and RFC 4180
 * quoting of any field with a separator, a quote or a line break.
 */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const NEEDS_QUOTES = /[;"\r\n]/;

export type CsvField = string | number;

function field(value: CsvField): string {
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file's text, byte-order mark first. */
export function toCsv(rows: readonly (readonly CsvField[])[]): string {
  return BOM + rows.map((row) => row.map(field).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

/** Reads back what `toCsv` wrote (for tests and checks): fields as text, the mark removed. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let current = '';
  let quoted = false;
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quoted && char === '"' && body[i + 1] === '"') {
      current += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== CSV_SEPARATOR && char !== '\r')) {
      current += char;
    } else if (char === CSV_SEPARATOR) {
      row.push(current);
      current = '';
    } else {
      // CRLF ends a row (toCsv writes no lone CR outside quotes).
      row.push(current);
      rows.push(row);
      row = [];
      current = '';
      i += 1;
    }
  }
  if (current !== '' || row.length > 0) rows.push([...row, current]);
  return rows;
}

/** Hands the text to the browser as a download; nothing leaves the page. */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
