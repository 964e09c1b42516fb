/**
 * RFC 4180 records from lines: fields split on commas, quoted fields may hold commas, doubled quotes
 * and newlines, so one record can span several lines. Feeds parsers that read CSV (ACLED).
 */

export interface CsvRecord {
  fields: string[];
  /** Line where the record starts (1-based). */
  line: number;
  /** The record's text as read (lines joined with \n). */
  raw: string;
}

/** Splits lines into records; `push` returns a record when one is complete. */
export class CsvRecords {
  private open: string[] = [];
  private openLine = 0;

  /** Add the line numbered `line`; returns the record it completes, if any. */
  push(text: string, line: number): CsvRecord | null {
    if (this.open.length === 0) this.openLine = line;
    this.open.push(text);
    const raw = this.open.join('\n');
    if (!balanced(raw)) return null;
    this.open = [];
    return { fields: splitCsv(raw), line: this.openLine, raw };
  }

  /** A record still open at the end of the file (an unclosed quote), if any. */
  end(): CsvRecord | null {
    if (this.open.length === 0) return null;
    const raw = this.open.join('\n');
    this.open = [];
    return { fields: splitCsv(raw), line: this.openLine, raw };
  }
}

function balanced(s: string): boolean {
  let quotes = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) quotes++;
  return quotes % 2 === 0;
}

/** One record's fields. */
export function splitCsv(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (s[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) {
          v += s.slice(i);
          i = s.length;
          break;
        }
        v += s.slice(i, q);
        if (s[q + 1] === '"') {
          v += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const comma = s.indexOf(',', i);
      // Anything between the closing quote and the comma is kept, as lenient readers do.
      v += comma < 0 ? s.slice(i) : s.slice(i, comma);
      out.push(v);
      if (comma < 0) return out;
      i = comma + 1;
    } else {
      const comma = s.indexOf(',', i);
      if (comma < 0) {
        out.push(s.slice(i));
        return out;
      }
      out.push(s.slice(i, comma));
      i = comma + 1;
    }
  }
}
