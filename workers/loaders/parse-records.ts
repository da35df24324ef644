/** Records parsed from the start of a delimited text, for sniffing (not for loading: DuckDB loads). */
export interface ParsedRecords {
  readonly records: string[][];
  /** True when the text ended inside a quoted field (the last record is cut). */
  readonly endsInQuote: boolean;
}

/**
 * Splits delimited text into records the way DuckDB's strict RFC 4180 reader does: `"` quotes a field
 * only at its start, `""` inside a quoted field is one quote, a quote inside an unquoted field is a
 * literal character, and `\n`, `\r\n` or `\r` ends a record. Blank lines are skipped (DuckDB skips them
 * too). Stops after `maxRecords`.
 */
export function parseRecords(text: string, delimiter: string, maxRecords = Infinity): ParsedRecords {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStart = true;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    record.push(field);
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
    field = '';
    fieldStart = true;
  };
  while (i < n && records.length < maxRecords) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      i += 1;
    } else if (c === delimiter) {
      record.push(field);
      field = '';
      fieldStart = true;
      i += 1;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      fieldStart = false;
      i += 1;
    }
  }
  if (records.length < maxRecords && (field !== '' || record.length > 0)) endRecord();
  return { records, endsInQuote: inQuotes };
}
