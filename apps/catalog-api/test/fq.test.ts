import { describe, expect, it } from 'vitest';
import { FqError, parseFq } from '../src/fq.js';

const FIELDS = new Set(['organization', 'groups', 'res_format', 'tags']);
const parse = (fq: string) => Object.fromEntries(parseFq(fq, FIELDS));

describe('parseFq', () => {
  it('reads bare, quoted and OR-list values joined by AND or spaces', () => {
    expect(parse('organization:org-6260000 AND groups:"transport-logistics"')).toEqual({
      organization: ['org-6260000'],
      groups: ['transport-logistics'],
    });
    expect(parse('res_format:(FILE OR "API") +tags:"국가중점데이터"')).toEqual({
      res_format: ['FILE', 'API'],
      tags: ['국가중점데이터'],
    });
  });

  it('reads the fq that @bdw/core builds, escapes included', () => {
    expect(parse('tags:("a \\"b\\"" OR "c\\\\d")')).toEqual({ tags: ['a "b"', 'c\\d'] });
  });

  it('intersects two clauses on the same field', () => {
    expect(parse('groups:(a OR b) groups:(b OR c)')).toEqual({ groups: ['b'] });
  });

  it.each([
    'organization:',
    'organization:"unterminated',
    'organization:(a OR b',
    'organization:(a AND b)',
    'unknown_field:x',
    'just text',
    "organization:x'); DROP TABLE packages; --",
  ])('rejects %s', (fq) => {
    expect(() => parse(fq)).toThrow(FqError);
  });
});
