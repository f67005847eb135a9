import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, type ActionContext } from '../src/actions/index.js';
import { ActionError } from '../src/errors.js';
import { DEFAULT_DB } from '../src/paths.js';
import { seed } from '../src/seed.js';

/**
 * Query syntax pieces in every combination, through the actions that parse or match text: each answers a result
 * or a CKAN error (ActionError, a 4xx), never an exception that would be a 500 (an FTS5 syntax error, a stack
 * overflow). The 293 XSS payloads of tests/security run the same way over HTTP in the repository's suite.
 */
let db: Database.Database;
let ctx: ActionContext;
beforeAll(() => {
  seed(DEFAULT_DB);
  db = new Database(DEFAULT_DB, { readonly: true });
  ctx = { db, listings: [], meetings: [], actionUrl: 'http://x/api/3/action', filesUrl: 'http://x/files' };
});
afterAll(() => db.close());

const PIECES = ['"', '(', ')', '*', '-', '+', '!', ':', 'a:', '[', ']', '{', '}', '^', '~', '\\', '/', '&&', '||'];
const WORDS = ['NOT', 'AND', 'OR', '주', 'ㅂ', 'title', '"주 차"', '*:*', 'x*', 'TO', "'"];

function outcome(action: string, params: Record<string, string>): string {
  try {
    JSON.stringify(ACTIONS[action]!(ctx, params));
    return 'ok';
  } catch (error) {
    if (error instanceof ActionError && error.status < 500) return 'error';
    return `${action} ${JSON.stringify(params)}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

describe('no query breaks the server', () => {
  it('every pair of syntax pieces and words, as q and as fq', () => {
    const all = [...PIECES, ...WORDS];
    const problems: string[] = [];
    for (const a of all) {
      for (const b of all) {
        for (const result of [
          outcome('package_search', { q: `${a}${b}`, rows: '0' }),
          outcome('package_search', { q: `title:${a} 주차 ${b}`, rows: '0' }),
          outcome('package_search', { fq: `${a}${b}`, rows: '0' }),
        ]) {
          if (result !== 'ok' && result !== 'error') problems.push(result);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('deep nesting and long chains are a 409 at worst', () => {
    const deep = `${'('.repeat(300)}주차${')'.repeat(300)}`;
    const chain = Array.from({ length: 400 }, (_, i) => (i % 2 ? `-w${i}` : `주차${i}`)).join(' ');
    const alternating = Array.from({ length: 200 }, (_, i) => `(a${i} OR (b${i}`).join(' AND ') + ')'.repeat(400);
    const long = Array.from({ length: 500 }, (_, i) => `버스${i}`).join(' OR ');
    for (const q of [deep, chain, alternating, long, '<img src=x onerror=alert(1)>'.repeat(20)]) {
      for (const action of ['package_search', 'package_autocomplete', 'bdw_similar_queries']) {
        expect(['ok', 'error']).toContain(outcome(action, { q, rows: '0' }));
      }
    }
  });

  it('text-matching actions take any string', () => {
    const problems: string[] = [];
    for (const q of [...PIECES, ...WORDS, 'ㅂㅅ*', '주[차', '[ㄱ-ㅎ]', '%_\\', '\u0000', '\ud800']) {
      for (const action of [
        'package_autocomplete',
        'organization_autocomplete',
        'tag_autocomplete',
        'format_autocomplete',
      ]) {
        const result = outcome(action, { q });
        if (result !== 'ok' && result !== 'error') problems.push(result);
      }
    }
    expect(problems).toEqual([]);
  });
});
