import type { ViewFilters } from '../filters.js';
import { toPayload } from '../errors.js';
import { streamCsv } from '../load/csv-stream.js';
import type { Encoding } from '../load/encoding.js';
import { readJson } from '../load/json.js';
import { arrayTable, tableCells } from '../table.js';
import type { Cell, Table } from '../types.js';
import { LocalTable } from './local-query.js';
import type { FacetQuery, GroupQuery, RowQuery } from './types.js';
import {
  PAGE_MAX_BYTES,
  PAGE_MAX_ROWS,
  type FileCommand,
  type FileMessage,
  type FileRequest,
} from './worker-protocol.js';

/** Rows per `rows` message to the page (each message is a short task there to receive). */
const BATCH_ROWS = 2000;

/**
 * The worker's half of the file engine: opens one file (see `worker-protocol.ts`) and, when it keeps the table,
 * answers queries over it with the same {@link LocalTable} the page uses for small files.
 */
export function fileHost(post: (message: FileMessage) => void): (command: FileCommand) => void {
  let held: LocalTable | null = null;

  const hold = (table: Table, encoding: Encoding) => {
    held = new LocalTable(table);
    post({ type: 'held', fields: held.fields, total: held.size, encoding });
  };

  const openCsv = async (file: FileRequest) => {
    const rows: Cell[][] = [];
    let columns: string[] = [];
    let encoding: Encoding = 'utf-8';
    let toPage = file.hold === 'auto';
    let sent = false;
    await streamCsv({ url: file.url, encoding: file.encoding, delimiter: file.delimiter }, (message) => {
      if (message.type === 'rows') {
        columns = message.columns;
        for (const row of message.rows) rows.push(row);
        if (toPage && ((message.totalBytes ?? 0) > PAGE_MAX_BYTES || message.rowCount > PAGE_MAX_ROWS)) {
          toPage = false;
          if (sent) post({ type: 'large' });
        }
        if (toPage) {
          for (let start = 0; start < message.rows.length; start += BATCH_ROWS) {
            post({ type: 'rows', columns, rows: message.rows.slice(start, start + BATCH_ROWS) });
          }
          sent = true;
        }
        post({ type: 'progress', rows: message.rowCount, bytes: message.bytes, totalBytes: message.totalBytes });
      } else if (message.type === 'done') {
        columns = message.columns;
        encoding = message.encoding;
      }
    });
    if (toPage) post({ type: 'done', columns, encoding });
    else hold(arrayTable(columns, rows), encoding);
  };

  const openJson = async (file: FileRequest) => {
    const { table, encoding, bytes } = await readJson(file.url, {
      encoding: file.encoding,
      onBytes: (read, totalBytes) => post({ type: 'progress', rows: 0, bytes: read, totalBytes }),
    });
    const total = table.rows.length;
    post({ type: 'progress', rows: total, bytes, totalBytes: bytes });
    if (file.hold === 'worker' || bytes > PAGE_MAX_BYTES || total > PAGE_MAX_ROWS) {
      hold(table, encoding);
      return;
    }
    for (let start = 0; start < total; start += BATCH_ROWS) {
      const part = { ...table, rows: table.rows.slice(start, start + BATCH_ROWS) };
      post({ type: 'rows', columns: table.columns, rows: tableCells(part) });
    }
    post({ type: 'done', columns: table.columns, encoding });
  };

  const answer = (command: Extract<FileCommand, { type: 'query' }>) => {
    try {
      if (!held) throw new Error('no table is held');
      const [first, second] = command.args;
      const value =
        command.method === 'rows'
          ? held.rows(first as RowQuery)
          : command.method === 'facet'
            ? held.facet(first as FacetQuery)
            : command.method === 'group'
              ? held.group(first as GroupQuery)
              : held.range(first as string, second as ViewFilters | undefined);
      post({ type: 'answer', id: command.id, value });
    } catch (error) {
      post({ type: 'failed', id: command.id, error: toPayload(error) });
    }
  };

  return (command) => {
    if (command.type === 'query') answer(command);
    else
      (command.file.format === 'json' ? openJson(command.file) : openCsv(command.file)).catch((error: unknown) =>
        post({ type: 'error', error: toPayload(error) }),
      );
  };
}
