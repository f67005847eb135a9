import {
  parse,
  phrase as lucenePhrase,
  term as luceneTerm,
  type AST,
  type Node,
  type RangeNode,
  type TermNode,
} from 'lucene';
import { searchError, validationError } from './errors.js';
import { normalizeText } from './normalize.js';
import { hasLoneInitial, typedTitlePredicate } from './suggest.js';
import { FIELD_COLUMNS, matchExpression, termExpression } from './tokenize.js';

/**
 * Solr/Lucene query syntax, as CKAN passes `q` and `fq` to Solr, parsed with the `lucene` package and mapped onto
 * SQLite: text terms onto one FTS5 MATCH expression over `package_fts` (column filters for `title:` and `notes:`),
 * exact fields (`tags:`, `res_format:`, `organization:`, …) onto the indexed columns. `AND`, `OR`, `NOT`, `+`, `-`,
 * phrases, parentheses, `*:*`, trailing wildcards and date ranges are understood; what SQLite cannot express
 * (fuzzy `~`, proximity, regular expressions, inner wildcards, unknown fields) is a {@link searchError}, never a
 * silent 0.
 */

/** A boolean expression over packages, simplified as it is built. */
type Expr =
  | { kind: 'all' }
  | { kind: 'none' }
  /** An FTS5 expression over package_fts. */
  | { kind: 'fts'; match: string; op?: 'AND' | 'OR' | 'NOT' }
  /** A SQL predicate over `packages p`. */
  | { kind: 'sql'; sql: string; params: unknown[] }
  | { kind: 'and'; items: Expr[] }
  | { kind: 'or'; items: Expr[] }
  | { kind: 'not'; item: Expr };

const ALL: Expr = { kind: 'all' };
const NONE: Expr = { kind: 'none' };
/** A term without a searchable token (punctuation): no condition, and `-` before it does not make one. */
const NEUTRAL: Expr = { kind: 'all' };

/** The parts of a compiled query: the FTS5 match that drives the search (ranked), and SQL filters. */
export interface CompiledQuery {
  /** FTS5 MATCH expression over package_fts, or null (no text, or text only under OR/NOT with filters). */
  match: string | null;
  /** SQL predicates over `packages p`, AND-ed. */
  where: string[];
  params: unknown[];
}

/** Exact-valued fields, each a predicate builder on one value (`x` = the column or table value). */
type ValueField = { column: string } | { table: string; value: string };
const VALUE_FIELDS: Record<string, ValueField> = {
  organization: { column: 'p.org_name' },
  owner_org: { column: 'p.org_name' },
  groups: { column: 'p.group_name' },
  license_id: { column: 'p.license_id' },
  name: { column: 'p.name' },
  id: { column: 'p.id' },
  res_format: { table: 'package_formats', value: 'format' },
  tags: { table: 'package_tags', value: 'tag' },
};
/** Fields every package here has one fixed value of (CKAN adds some of them to `fq` itself). */
const CONSTANT_FIELDS: Record<string, string> = {
  dataset_type: 'dataset',
  type: 'dataset',
  entity_type: 'package',
  capacity: 'public',
  state: 'active',
};
const DATE_FIELDS: Record<string, string> = { metadata_modified: 'p.modified', metadata_created: 'p.created' };
const TEXT_FIELDS = new Set(['<implicit>', 'text', 'title', 'notes']);

/** Fields `q` and `fq` accept, for documentation and errors. */
export const QUERY_FIELDS = [
  ...TEXT_FIELDS,
  ...Object.keys(VALUE_FIELDS),
  ...Object.keys(CONSTANT_FIELDS),
  ...Object.keys(DATE_FIELDS),
].filter((f) => f !== '<implicit>');

/** An FTS5 expression as an operand of `op`: parenthesised unless it is a term or already a chain of `op`. */
function operand(e: Extract<Expr, { kind: 'fts' }>, op: 'AND' | 'OR'): string {
  return e.op === undefined || e.op === op ? e.match : `(${e.match})`;
}

function and(items: Expr[]): Expr {
  const flat = items.flatMap((e) => (e.kind === 'and' ? e.items : [e])).filter((e) => e.kind !== 'all');
  if (flat.some((e) => e.kind === 'none')) return NONE;
  // Text joins into one FTS5 expression (one index lookup); a negated text term joins it as FTS5's binary NOT.
  const fts = flat.filter((e): e is Extract<Expr, { kind: 'fts' }> => e.kind === 'fts');
  const notFts = flat.filter(
    (e): e is { kind: 'not'; item: Extract<Expr, { kind: 'fts' }> } => e.kind === 'not' && e.item.kind === 'fts',
  );
  let rest = flat.filter((e) => e.kind !== 'fts' && !(e.kind === 'not' && e.item.kind === 'fts'));
  const merged: Expr[] = [];
  if (fts.length > 0) {
    // Flat, not nested: `a b c …` is `a AND b AND c …` (FTS5's parser overflows its stack on deep nesting), and
    // every negated term is one `NOT (b OR c …)`.
    let match = fts.map((e) => operand(e, 'AND')).join(' AND ');
    let op: 'AND' | 'NOT' = 'AND';
    if (notFts.length > 0) {
      match = `${fts.length > 1 ? `(${match})` : operand(fts[0]!, 'AND')} NOT (${notFts.map((n) => operand(n.item, 'OR')).join(' OR ')})`;
      op = 'NOT';
    }
    merged.push({ kind: 'fts', match, op });
  } else rest = [...rest, ...notFts];
  const all = [...merged, ...rest];
  if (all.length === 0) return ALL;
  return all.length === 1 ? all[0]! : { kind: 'and', items: all };
}

function or(items: Expr[]): Expr {
  const flat = items.flatMap((e) => (e.kind === 'or' ? e.items : [e])).filter((e) => e.kind !== 'none');
  if (flat.some((e) => e.kind === 'all')) return ALL;
  if (flat.length === 0) return NONE;
  if (flat.length === 1) return flat[0]!;
  if (flat.every((e) => e.kind === 'fts')) {
    const terms = flat as Extract<Expr, { kind: 'fts' }>[];
    return { kind: 'fts', match: terms.map((e) => operand(e, 'OR')).join(' OR '), op: 'OR' };
  }
  return { kind: 'or', items: flat };
}

function not(item: Expr): Expr {
  if (item.kind === 'all') return NONE;
  if (item.kind === 'none') return ALL;
  if (item.kind === 'not') return item.item;
  return { kind: 'not', item };
}

/** The SQL predicate of an expression, with its parameters appended to `params`. */
function toSql(expr: Expr, params: unknown[]): string {
  switch (expr.kind) {
    case 'all':
      return '1';
    case 'none':
      return '0';
    case 'fts':
      params.push(expr.match);
      return 'p.rowid IN (SELECT rowid FROM package_fts WHERE package_fts MATCH ?)';
    case 'sql':
      params.push(...expr.params);
      return expr.sql;
    case 'and':
      return `(${expr.items.map((e) => toSql(e, params)).join(' AND ')})`;
    case 'or':
      return `(${expr.items.map((e) => toSql(e, params)).join(' OR ')})`;
    case 'not':
      return `NOT ${toSql(expr.item, params)}`;
  }
}

const isRange = (node: Node): node is RangeNode => 'term_min' in node;
const isLeaf = (node: AST | Node): node is Node => 'term' in node || 'term_min' in node;

/** A field name with a `+`/`-`/`!` the grammar leaves on it (`+dataset_type:dataset`), split off. */
function splitField(field: string | undefined): { field: string; prefix: string | null } {
  const match = /^([+\-!]?)(.*)$/s.exec(field ?? '<implicit>')!;
  return { field: match[2] || '<implicit>', prefix: match[1] || null };
}

function withPrefix(expr: Expr, prefix: string | null | undefined): Expr {
  return prefix === '-' || prefix === '!' ? not(expr) : expr;
}

/** Upper bound of the strings starting with `prefix`, for an index range scan. */
const prefixEnd = (prefix: string) => `${prefix}\u{10ffff}`;

function valuePredicate(def: ValueField, value: string, literal: boolean): Expr {
  const wildcard = !literal && value === '*';
  const prefix = !literal && !wildcard && value.endsWith('*') ? value.slice(0, -1) : null;
  if (prefix !== null && /[*?]/.test(prefix)) throw searchError('wildcards are supported only at the end of a value');
  if (!literal && /[?]/.test(value)) throw searchError('the ? wildcard is not supported');
  if ('column' in def) {
    if (wildcard) return { kind: 'sql', sql: `${def.column} IS NOT NULL`, params: [] };
    if (prefix !== null) {
      return { kind: 'sql', sql: `(${def.column} >= ? AND ${def.column} < ?)`, params: [prefix, prefixEnd(prefix)] };
    }
    return { kind: 'sql', sql: `${def.column} = ?`, params: [value] };
  }
  // EXISTS probes the (package) index per candidate row; `rowid IN (subquery)` would invite the planner to drive
  // the query from the subquery and probe FTS5 once per row (seconds).
  const exists = (cond: string, params: unknown[]): Expr => ({
    kind: 'sql',
    sql: `EXISTS (SELECT 1 FROM ${def.table} x WHERE x.package = p.rowid${cond})`,
    params,
  });
  if (wildcard) return exists('', []);
  if (prefix !== null) return exists(` AND x.${def.value} >= ? AND x.${def.value} < ?`, [prefix, prefixEnd(prefix)]);
  return exists(` AND x.${def.value} = ?`, [value]);
}

/** A Solr date (`2020-01-01T00:00:00Z`, `2020-01-01`, `NOW`, `NOW-1YEAR`, `*`) in the catalogue's format, or null. */
function solrDate(value: string): string | null {
  if (value === '*') return null;
  const now = /^NOW(?:([+-])(\d+)(YEARS?|MONTHS?|DAYS?|HOURS?))?(?:\/DAY)?$/.exec(value);
  if (now) {
    const date = new Date();
    const n = Number(now[2] ?? 0) * (now[1] === '-' ? -1 : 1);
    const unit = now[3] ?? '';
    if (unit.startsWith('YEAR')) date.setUTCFullYear(date.getUTCFullYear() + n);
    else if (unit.startsWith('MONTH')) date.setUTCMonth(date.getUTCMonth() + n);
    else if (unit.startsWith('DAY')) date.setUTCDate(date.getUTCDate() + n);
    else if (unit.startsWith('HOUR')) date.setUTCHours(date.getUTCHours() + n);
    return date.toISOString().slice(0, 19);
  }
  const iso = /^(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d:\d\d)(?:\.\d+)?Z?)?$/.exec(value);
  if (!iso) throw searchError(`cannot read the date "${value}"`);
  return `${iso[1]}T${iso[2] ?? '00:00:00'}`;
}

function rangePredicate(node: RangeNode, field: string): Expr {
  const column = DATE_FIELDS[field];
  if (!column) throw searchError(`ranges are supported only on ${Object.keys(DATE_FIELDS).join(', ')}`);
  const min = solrDate(node.term_min);
  const max = solrDate(node.term_max);
  const parts: string[] = [];
  const params: unknown[] = [];
  if (min !== null) {
    parts.push(`${column} ${node.inclusive === 'both' || node.inclusive === 'left' ? '>=' : '>'} ?`);
    params.push(min);
  }
  if (max !== null) {
    parts.push(`${column} ${node.inclusive === 'both' || node.inclusive === 'right' ? '<=' : '<'} ?`);
    params.push(max);
  }
  return { kind: 'sql', sql: parts.length ? `(${parts.join(' AND ')})` : `${column} IS NOT NULL`, params };
}

interface Walk {
  /** Terms seen, and terms with a searchable token: a query of punctuation only matches nothing. */
  terms: number;
  searchable: number;
}

function textPredicate(node: TermNode, field: string, walk: Walk): Expr {
  if (node.similarity !== null && node.similarity !== undefined) throw searchError('fuzzy search (~) is not supported');
  if (node.proximity !== null && node.proximity !== undefined)
    throw searchError('proximity search (~) is not supported');
  const raw = node.quoted ? lucenePhrase.unescape(node.term) : luceneTerm.unescape(node.term);
  walk.terms++;
  if (!node.quoted && raw === '*') return ALL;
  const prefix = !node.quoted && raw.endsWith('*');
  const text = prefix ? raw.slice(0, -1) : raw;
  if (!node.quoted && /[*?]/.test(text)) throw searchError('wildcards are supported only at the end of a term');
  // Initials or a half-composed syllable (`ㅂㅅㅈㅊ`, `주ㅊ`), typed into a search box that suggests as you type.
  if (!node.quoted && (field === '<implicit>' || field === 'title') && hasLoneInitial(text)) {
    walk.searchable++;
    return { kind: 'sql', ...typedTitlePredicate(text) };
  }
  const match = termExpression(normalizeText(text), { prefix });
  if (match === null) return NEUTRAL; // punctuation: no condition, negated or not (but see `searchable`)
  walk.searchable++;
  const columns = field === 'title' || field === 'notes' ? FIELD_COLUMNS[field] : null;
  return { kind: 'fts', match: columns ? `{${columns.join(' ')}} : (${match})` : match };
}

function leaf(node: Node, inherited: string | undefined, walk: Walk): Expr {
  const { field: own, prefix: fieldPrefix } = splitField(node.field);
  // Inside `field:( … )` the terms carry `<implicit>` and take the group's field.
  const field = own === '<implicit>' && inherited ? inherited : own;
  if (isRange(node)) {
    walk.terms++;
    walk.searchable++;
    return withPrefix(rangePredicate(node, field), fieldPrefix);
  }
  const term = node as TermNode;
  if (term.regex) throw searchError('regular expressions are not supported');
  const prefix = term.prefix ?? fieldPrefix;
  if (field === '*') {
    if (term.term !== '*') throw searchError('"*" as a field is supported only in *:*');
    walk.terms++;
    walk.searchable++;
    return withPrefix(ALL, prefix);
  }
  if (TEXT_FIELDS.has(field)) {
    const expr = textPredicate(term, field, walk);
    return expr === NEUTRAL ? ALL : withPrefix(expr, prefix);
  }
  walk.terms++;
  walk.searchable++;
  // Exact values, as Solr's string fields compare them: NFKC-normalised (a pasted NFD tag), case kept (`CSV`).
  const value = (term.quoted ? lucenePhrase.unescape(term.term) : luceneTerm.unescape(term.term)).normalize('NFKC');
  const def = VALUE_FIELDS[field];
  if (def) return withPrefix(valuePredicate(def, value, term.quoted), prefix);
  const constant = CONSTANT_FIELDS[field];
  if (constant !== undefined) {
    return withPrefix(value.toLowerCase() === constant || value === '*' ? ALL : NONE, prefix);
  }
  if (field === 'site_id') return withPrefix(ALL, prefix);
  throw searchError(`cannot search on the field "${field}" (fields: ${QUERY_FIELDS.join(', ')})`);
}

function walkNode(node: AST | Node | undefined, inherited: string | undefined, walk: Walk): Expr {
  if (!node || Object.keys(node).length === 0) return ALL;
  if (isLeaf(node)) return leaf(node, inherited, walk);
  const { field: own, prefix: groupPrefix } = splitField(node.field);
  const field = node.field ? own : inherited;
  if (node.left === undefined) return ALL; // an operator alone
  let left = walkNode(node.left, field, walk);
  if (node.start === 'NOT') left = not(left);
  let result = left;
  const chain = chainOf(node);
  if (chain) {
    // `a b c …` parses right-nested: walked as one list and combined once, so the cost is linear in the terms
    // (pairwise, each level re-joined the whole match so far: 1,000 words took 0.7 s, 7,000 overflowed the stack).
    const items = uniqueExprs([left, ...chain.rest.map((n) => walkNode(n, field, walk))]);
    result = chain.or ? or(items) : and(items);
  } else if (node.right !== undefined) {
    const right = walkNode(node.right, field, walk);
    const op = node.operator ?? '<implicit>';
    if (op === 'OR' || op === '||') result = or([left, right]);
    else if (op === 'AND' || op === '&&' || op === '<implicit>') result = and([left, right]);
    else if (op === 'NOT' || op === 'AND NOT') result = and([left, not(right)]);
    else if (op === 'OR NOT') result = or([left, not(right)]);
    else throw searchError(`unknown operator "${op}"`);
  }
  return withPrefix(result, groupPrefix);
}

const AND_OPS = new Set(['AND', '&&', '<implicit>']);
const OR_OPS = new Set(['OR', '||']);

/**
 * The operands after `node.left` of a run of one operator (`a AND b AND c`, `a b c`, `a OR b OR c`), as the
 * grammar nests them to the right; `null` when `node` is not such a run. A nested node that has its own field,
 * parentheses or prefix ends the run (it is walked as one operand).
 */
function chainOf(node: AST): { or: boolean; rest: (AST | Node)[] } | null {
  const op = node.operator ?? '<implicit>';
  const or = OR_OPS.has(op);
  if (node.right === undefined || (!or && !AND_OPS.has(op))) return null;
  const ops = or ? OR_OPS : AND_OPS;
  const rest: (AST | Node)[] = [];
  let next: AST | Node = node.right;
  while (
    !isLeaf(next) &&
    next.right !== undefined &&
    next.left !== undefined &&
    !next.field &&
    !next.parenthesized &&
    next.start === undefined &&
    ops.has(next.operator ?? '<implicit>')
  ) {
    rest.push(next.left);
    next = next.right;
  }
  rest.push(next);
  return { or, rest };
}

/** Operands without repeats: `a a a` is `a` (the same term AND-ed or OR-ed again changes nothing). */
function uniqueExprs(items: Expr[]): Expr[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `-(…)` and `+(…)`: the grammar reads a prefix operator only before a term, so a prefix before a group is
 * rewritten to the `NOT (…)` / `(…)` it means, outside quotes.
 */
function groupPrefixes(query: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < query.length; i++) {
    const c = query[i]!;
    if (c === '\\') {
      out += c + (query[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    const atStart = i === 0 || /[\s(]/.test(query[i - 1]!);
    if (!quoted && atStart && (c === '-' || c === '!' || c === '+') && query[i + 1] === '(') {
      out += c === '+' ? '' : 'NOT ';
      continue;
    }
    out += c;
  }
  return out;
}

/**
 * A query the grammar rejects is read as plain words unless it has a `:`: CKAN sends a colon-free `q` to Solr's
 * lenient dismax parser, so half-typed input in a search box (`"부산`, `(주차`, `주차 - 버스`, `1/2`) still searches.
 */
const FIELDED = /:/;

/** The longest `q` or `fq` (characters) the API reads; longer is a 409 naming this limit. */
export const MAX_QUERY_CHARS = 2000;
/**
 * The most distinct terms a `q` or `fq` may have; more is a 409 naming this limit. Repeated words count once.
 * (Solr refuses past `maxBooleanClauses`, 1,024 by default; real catalogue searches have fewer than ten.)
 */
export const MAX_QUERY_TERMS = 64;

/**
 * Refuses, before parsing, a query whose cost would not be bounded: over {@link MAX_QUERY_CHARS} characters
 * or {@link MAX_QUERY_TERMS} distinct words (operators and parentheses are not terms).
 */
function checkQuerySize(text: string, name: string): void {
  if (text.length > MAX_QUERY_CHARS) {
    throw validationError(`${name}: at most ${MAX_QUERY_CHARS} characters (this one has ${text.length})`);
  }
  const words = new Set(
    text
      .split(/[\s()]+/)
      .filter((w) => w && !/^(AND|OR|NOT|&&|\|\||[+-]|!)$/.test(w))
      .map((w) => w.replace(/^[+\-!]/, '')),
  );
  if (words.size > MAX_QUERY_TERMS) {
    throw validationError(`${name}: at most ${MAX_QUERY_TERMS} distinct terms (this one has ${words.size})`);
  }
}

/** Lucene syntax: a query without any of these is plain words. */
const SYNTAX = /[:"()*?~^[\]{}\\/+!-]|&&|\|\||\b(?:AND|OR|NOT|TO)\b/;

function compileExpr(query: string, name = 'q'): Expr {
  let text = query.trim();
  if (!text || text === '*:*' || text === '*') return ALL;
  checkQuerySize(text, name);
  // Plain words AND-ed: a repeated word changes nothing, so it is parsed once (`주차 주차 …` costs as `주차`).
  if (!SYNTAX.test(text)) text = [...new Set(text.split(/\s+/))].join(' ');
  let ast: AST;
  try {
    ast = parse(groupPrefixes(text));
  } catch (error) {
    // Plain words that trip the grammar (`a - b`, `1/2`) keep today's meaning: every word, AND-ed.
    if (!FIELDED.test(text)) {
      const match = matchExpression(normalizeText(text));
      return match ? { kind: 'fts', match } : NONE;
    }
    throw searchError(`cannot parse the query: ${error instanceof Error ? error.message : String(error)}`);
  }
  const walk: Walk = { terms: 0, searchable: 0 };
  const expr = walkNode(ast, undefined, walk);
  // Only punctuation (`!!!`): nothing to search for, so nothing matches, as before.
  if (walk.searchable === 0) {
    const match = matchExpression(normalizeText(text));
    return match ? { kind: 'fts', match } : NONE;
  }
  return expr;
}

/**
 * Compiles `q` and every `fq` into one query: the FTS5 match of `q`'s top-level text (ranked by bm25) and SQL
 * predicates for the rest; `fq` never affects ranking, so its text is a filter.
 */
export function compileQuery(q: string, fqs: string[]): CompiledQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  let match: string | null = null;
  const main = compileExpr(q, 'q');
  const parts = main.kind === 'and' ? main.items : [main];
  const ftsPart = parts.find((e): e is Extract<Expr, { kind: 'fts' }> => e.kind === 'fts');
  if (ftsPart) match = ftsPart.match;
  for (const part of parts) if (part !== ftsPart && part.kind !== 'all') where.push(toSql(part, params));
  for (const fq of fqs) {
    const filter = compileExpr(fq, 'fq');
    if (filter.kind !== 'all') where.push(toSql(filter, params));
  }
  return { match, where, params };
}
