/**
 * A parser for the subset of Solr filter queries that CKAN clients send in `fq`:
 * `field:value`, `field:"quoted value"`, `field:(a OR b OR "c d")`, clauses joined by
 * `AND` or whitespace, with an optional leading `+`. Anything else is a
 * {@link FqError}: the API answers 409 instead of guessing.
 */

export type Filters = Map<string, string[]>;

export class FqError extends Error {}

const FIELD = /^[+]?([A-Za-z_][\w.-]*):/;

function readValue(input: string, pos: number): [string, number] {
  if (input[pos] === '"') {
    let value = '';
    let i = pos + 1;
    while (i < input.length && input[i] !== '"') {
      if (input[i] === '\\' && i + 1 < input.length) i++;
      value += input[i];
      i++;
    }
    if (input[i] !== '"') throw new FqError('unterminated quote');
    return [value, i + 1];
  }
  const match = /^[^\s()"]+/.exec(input.slice(pos));
  if (!match) throw new FqError(`value expected at ${pos}`);
  return [match[0].replace(/\\(.)/g, '$1'), pos + match[0].length];
}

function skipSpace(input: string, pos: number): number {
  while (pos < input.length && /\s/.test(input[pos]!)) pos++;
  return pos;
}

/** Adds the clauses of one `fq` string to `filters` (values of a field repeated in two clauses are intersected by the caller). */
export function parseFq(input: string, allowedFields: ReadonlySet<string>, filters: Filters = new Map()): Filters {
  let pos = skipSpace(input, 0);
  while (pos < input.length) {
    const rest = input.slice(pos);
    if (/^AND\s/.test(rest)) {
      pos = skipSpace(input, pos + 3);
      continue;
    }
    const field = FIELD.exec(rest);
    if (!field) throw new FqError(`expected field:value at "${rest.slice(0, 20)}"`);
    const name = field[1]!;
    if (!allowedFields.has(name)) throw new FqError(`cannot filter on "${name}"`);
    pos += field[0].length;
    const values: string[] = [];
    if (input[pos] === '(') {
      pos = skipSpace(input, pos + 1);
      for (;;) {
        const [value, next] = readValue(input, pos);
        values.push(value);
        pos = skipSpace(input, next);
        if (input[pos] === ')') {
          pos++;
          break;
        }
        if (input.startsWith('OR', pos)) pos = skipSpace(input, pos + 2);
        else throw new FqError('expected OR or ) in a value list');
      }
    } else {
      const [value, next] = readValue(input, pos);
      values.push(value);
      pos = next;
    }
    const existing = filters.get(name);
    // Two clauses on one field must both hold: keep the values they share.
    filters.set(name, existing ? existing.filter((v) => values.includes(v)) : values);
    pos = skipSpace(input, pos);
  }
  return filters;
}
