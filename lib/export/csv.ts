// CSV as spreadsheets read it (RFC 4180): every field quoted when it holds a comma, a quote or a
// line break, quotes doubled, CRLF between records, UTF-8 with a byte-order mark for Excel.
// A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first) is
// written with a leading apostrophe, which spreadsheets show as text: an export never runs code.
const FORMULA = /^[=+\-@\t\r]/;

export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  const field = (value: string | number | null) => {
    const raw = value === null ? "" : String(value);
    const text = typeof value === "string" && FORMULA.test(raw) ? `'${raw}` : raw;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

/** The inverse of toCsv, for tests and re-imports: quoted fields may hold commas, quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < body.length) {
    const char = body[i];
    if (quoted && char === '"' && body[i + 1] === '"') {
      field += '"';
      i += 2;
      continue;
    }
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && char === "\r" && body[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += char;
    i += 1;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}
