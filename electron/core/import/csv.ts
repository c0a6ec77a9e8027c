/**
 * CSV as RFC 4180 describes it, plus what real files carry: a UTF-8 byte-order mark, LF or CRLF line
 * ends, and the semicolon or tab separators spreadsheets write in many locales. Field text is kept
 * exactly, line breaks inside quoted fields included.
 */

export interface CsvRecord {
  /** The 1-based line the record starts on, for messages. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  delimiter: string;
  header: string[];
  records: CsvRecord[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

const BOM = '\uFEFF';

/** The separator the header line uses most outside quotes: comma unless semicolons or tabs clearly win. */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
}

/** Splits text into records of fields; throws CsvError naming the line of the first fault. */
export function parseCsvRecords(input: string, delimiter = detectDelimiter(input.startsWith(BOM) ? input.slice(1) : input)): CsvRecord[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    // A line with nothing on it is not a record (blank lines between or after records).
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      // A quoted field: runs to the next lone quote; "" inside stands for one quote.
      const startLine = line;
      i++;
      // Whole runs up to the next quote are sliced at once: building a 10k-row file a character at a time cost most of the parse.
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) throw new CsvError(startLine, 'a quoted field is never closed (the file may be cut short).');
        for (let k = i; k < quote; k++) {
          const c = text.charCodeAt(k);
          if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) line++;
        }
        field += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw new CsvError(line, `text follows the closing quote of a field (${JSON.stringify(text.slice(i, i + 12))}); double the quotes inside a quoted field.`);
      }
      fields.push(field);
      field = '';
      if (next === delimiter) i++;
      else if (next === undefined) {
        records.push({ line: recordLine, fields });
        fields = [];
        return records;
      } else {
        i += next === '\r' && text[i + 1] === '\n' ? 2 : 1;
        records.push({ line: recordLine, fields });
        fields = [];
        line++;
        recordLine = line;
      }
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
    } else if (ch === '\n' || ch === '\r') {
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRecord();
      line++;
      recordLine = line;
    } else {
      // A run of plain characters up to the next separator or line end; a quote inside a field is plain text.
      let end = i + 1;
      for (; end < text.length; end++) {
        const c = text[end];
        if (c === delimiter || c === '\n' || c === '\r') break;
      }
      field += text.slice(i, end);
      i = end;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/** Header plus records, every record as wide as the header. */
export function parseCsv(input: string): CsvTable {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const [head, ...records] = parseCsvRecords(text, delimiter);
  if (!head) throw new CsvError(1, 'the file is empty; the first line must name the columns.');
  for (const record of records) {
    if (record.fields.length !== head.fields.length) {
      throw new CsvError(
        record.line,
        `this row has ${record.fields.length} fields but the header has ${head.fields.length}; check for a missing or extra separator or an unquoted line break.`,
      );
    }
  }
  return { delimiter, header: head.fields, records };
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field as CSV: quoted when it holds a separator, quote or line break, or starts or ends with a space. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV with CRLF line ends and a byte-order mark, so spreadsheets read UTF-8 correctly. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
