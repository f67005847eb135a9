import Papa from 'papaparse';
import { decoderFor, detectEncoding, looksBinary, type Encoding, type EncodingSetting } from './encoding.js';
import { DataError } from '../errors.js';
import { fetchFile } from './fetch-file.js';
import { looksLikeHtml } from './html-sniff.js';
import type { Cell } from '../types.js';

export { looksLikeHtml };

/** A record longer than this (characters) without a line break is not a CSV we can chart. */
export const MAX_RECORD_CHARS = 1_000_000;

/** `\t`, `;` or `,`: whichever the header line has most of outside quotes (commas on a tie). */
export function detectDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"(?:[^"]|"")*"/g, '');
  const counts = ['\t', ';', ','].map((d) => [d, unquoted.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a), [',', 0] as const);
  return best[1] > 0 ? best[0] : ',';
}

/** Header names made usable: trimmed, BOM removed, blanks named, duplicates numbered. */
export function cleanHeader(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, i) => {
    let name = raw.replace(/^\uFEFF/, '').trim() || `column ${i + 1}`;
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    if (count > 0) name = `${name} (${count + 1})`;
    return name;
  });
}

/**
 * CSV parsing fed by chunks of text as they arrive. Each chunk is cut at the last line break
 * outside quotes and that block is parsed by papaparse, so rows come out while the file is still
 * downloading. Rows whose field count differs from the header's are an error (`ragged`).
 */
export class CsvStreamParser {
  columns: string[] | null = null;
  delimiter: string | undefined;
  /** Line ending of the file, decided on its first line so that every block is split alike. */
  newline: '\r\n' | '\n' | undefined;
  rowCount = 0;
  private pending = '';
  private scanned = 0;
  private inQuotes = false;
  private started = false;

  constructor(delimiter?: string) {
    this.delimiter = delimiter || undefined;
  }

  /** Adds text; returns the rows completed by it. */
  push(text: string): Cell[][] {
    if (!this.started) {
      if (!text.trim()) {
        this.pending += text;
        return [];
      }
      this.started = true;
      if (looksLikeHtml(this.pending + text)) throw new DataError('html');
    }
    this.pending += text;
    let boundary = -1;
    const pending = this.pending;
    let inQuotes = this.inQuotes;
    // Records longer than MAX_RECORD_CHARS are refused wherever they are, even inside one chunk.
    let recordStart = 0;
    for (let i = this.scanned; i < pending.length; i++) {
      const c = pending.charCodeAt(i);
      if (c === 34) inQuotes = !inQuotes;
      else if (c === 10 && !inQuotes) {
        if (i - recordStart > MAX_RECORD_CHARS) this.tooLong();
        boundary = i + 1;
        recordStart = boundary;
      }
    }
    this.inQuotes = inQuotes;
    if (pending.length - recordStart > MAX_RECORD_CHARS) this.tooLong();
    if (boundary < 0) {
      this.scanned = pending.length;
      return [];
    }
    const block = pending.slice(0, boundary);
    this.pending = pending.slice(boundary);
    this.scanned = this.pending.length;
    return this.parse(block);
  }

  private tooLong(): never {
    throw new DataError('line-too-long', { chars: MAX_RECORD_CHARS });
  }

  /** The last record (a file need not end with a line break). */
  end(): Cell[][] {
    const rest = this.pending;
    this.pending = '';
    const rows = rest.trim() ? this.parse(rest) : [];
    if (!this.columns) throw new DataError('empty');
    return rows;
  }

  private parse(block: string): Cell[][] {
    if (!this.columns) {
      const firstLine = block.slice(0, block.search(/\r?\n|$/));
      this.delimiter ??= detectDelimiter(firstLine);
      this.newline = block.charAt(firstLine.length) === '\r' ? '\r\n' : '\n';
    }
    const result = Papa.parse<string[]>(block, {
      delimiter: this.delimiter,
      ...(this.newline ? { newline: this.newline } : {}),
      skipEmptyLines: 'greedy',
    });
    const rows = result.data;
    let start = 0;
    if (!this.columns && rows.length > 0) {
      this.columns = cleanHeader(rows[0]!);
      start = 1;
    }
    const width = this.columns?.length ?? 0;
    const out: Cell[][] = start === 0 ? rows : rows.slice(start);
    for (let i = 0; i < out.length; i++) {
      const row = out[i]!;
      // A trailing delimiter leaves one empty field too many: harmless.
      if (row.length === width + 1 && row[width] === '') row.pop();
      if (row.length !== width) {
        throw new DataError('ragged', { row: this.rowCount + i + 2, expected: width, got: row.length });
      }
    }
    this.rowCount += out.length;
    return out;
  }
}

export interface CsvRequest {
  url: string;
  encoding: EncodingSetting;
  delimiter?: string | undefined;
}

export type CsvMessage =
  | { type: 'ready' }
  | { type: 'rows'; columns: string[]; rows: Cell[][]; rowCount: number; bytes: number; totalBytes: number | null }
  | { type: 'done'; columns: string[]; rowCount: number; bytes: number; encoding: Encoding }
  | { type: 'error'; error: { code: DataError['code']; params: Record<string, string | number> } };

/**
 * Downloads and parses a CSV/TSV, streaming: decodes with the given or detected encoding and
 * emits rows with progress (rows and bytes) as they are parsed. Runs in the CSV worker, or on
 * the main thread when no worker can be started.
 */
export async function streamCsv(
  request: CsvRequest,
  emit: (message: CsvMessage) => void,
  signal?: AbortSignal,
): Promise<void> {
  const { body, totalBytes } = await fetchFile(request.url, signal);
  const parser = new CsvStreamParser(request.delimiter);
  let decoder: TextDecoder | null = null;
  let encoding: Encoding = request.encoding === 'auto' ? 'utf-8' : request.encoding;
  let bytes = 0;
  const decode = (chunk: Uint8Array, stream: boolean): string => {
    try {
      return decoder!.decode(chunk, { stream });
    } catch {
      throw new DataError('encoding', { encoding });
    }
  };
  const send = (rows: Cell[][]) => {
    if (rows.length === 0 || !parser.columns) return;
    emit({ type: 'rows', columns: parser.columns, rows, rowCount: parser.rowCount, bytes, totalBytes });
  };
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!decoder) {
        if (request.encoding === 'auto') encoding = detectEncoding(value);
        if (!encoding.startsWith('utf-16') && looksBinary(value)) throw new DataError('binary');
        decoder = decoderFor(encoding);
      }
      bytes += value.byteLength;
      send(parser.push(decode(value, true)));
    }
  } finally {
    reader.releaseLock();
  }
  if (decoder) parser.push(decode(new Uint8Array(0), false));
  const last = parser.end();
  send(last);
  emit({ type: 'done', columns: parser.columns ?? [], rowCount: parser.rowCount, bytes, encoding });
}
