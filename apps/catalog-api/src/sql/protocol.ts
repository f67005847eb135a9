/** Messages between the API process and an SQL worker process (`worker.ts`). */

export interface SqlJob {
  id: number;
  sql: string;
  /** Rows to return at most; one more is read to know whether the answer was cut. */
  rowsMax: number;
}

export interface SqlField {
  id: string;
  /** The datastore type (`int`, `float8`, `text`), as `datastore_search` names them. */
  type: string;
}

export type SqlAnswer =
  | { id: number; ok: true; fields: SqlField[]; records: Record<string, unknown>[]; truncated: boolean }
  | { id: number; ok: false; kind: 'validation' | 'authorization'; message: string };
