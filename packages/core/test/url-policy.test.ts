import { describe, expect, it } from 'vitest';
import {
  CONTACT_SCHEMES,
  checkUrlTemplate,
  fillUrlTemplate,
  safeUrl,
  urlTemplatePlaceholders,
} from '../src/url-policy.js';

/**
 * Obfuscated schemes, written from the WHATWG URL Standard's basic URL parser (§4.4: leading and trailing
 * C0 control or space are stripped, ASCII tab or newline removed anywhere, the scheme is ASCII
 * case-insensitive) and the OWASP XSS Filter Evasion Cheat Sheet ("embedded tab", "embedded newline",
 * "spaces and meta chars before the JavaScript"). Each is read by the browser as `javascript:`/`data:`.
 */
const OBFUSCATED = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '\u0001javascript:alert(1)',
  ' \tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u001fjavascript:alert(1)\u0000',
  'javascript\t:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  ' DATA:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://x.kr/1',
  'jav&#x09;ascript:alert(1)'.replace('&#x09;', '\t'),
];

describe('safeUrl', () => {
  it('refuses every obfuscated script or data scheme, with or without a base', () => {
    for (const value of OBFUSCATED) {
      expect(safeUrl(value), JSON.stringify(value)).toBeNull();
      expect(safeUrl(value, { base: 'https://portal.kr/a/' }), JSON.stringify(value)).toBeNull();
      expect(safeUrl(value, { allowRelative: true }), JSON.stringify(value)).toBeNull();
      expect(safeUrl(value, { schemes: CONTACT_SCHEMES }), JSON.stringify(value)).toBeNull();
    }
  });

  it('agrees with the parser: what it allows parses to http(s) once the browser has cleaned it', () => {
    for (const value of ['https://x.kr/a b', ' \thttps://x.kr/', 'HTTP://X.KR', 'https://x.kr/\u0000']) {
      const out = safeUrl(value);
      expect(out).not.toBeNull();
      expect(['http:', 'https:']).toContain(new URL(out!).protocol);
    }
    expect(safeUrl('HTTPS://X.kr/p?q=1')).toBe('https://x.kr/p?q=1');
  });

  it('resolves relative addresses against the base and refuses them without one', () => {
    expect(safeUrl('/logo.svg', { base: 'https://portal.kr/market/' })).toBe('https://portal.kr/logo.svg');
    expect(safeUrl('logo.svg', { base: 'https://portal.kr/market/' })).toBe('https://portal.kr/market/logo.svg');
    expect(safeUrl('/relative')).toBeNull();
    expect(safeUrl('/dataset?x=1', { allowRelative: true })).toBe('/dataset?x=1');
    expect(safeUrl('java\tscript.html', { allowRelative: true })).toBe('javascript.html');
  });

  it('allows mailto only where a contact is expected', () => {
    expect(safeUrl('mailto:data@busan.go.kr')).toBeNull();
    expect(safeUrl('mailto:data@busan.go.kr', { schemes: CONTACT_SCHEMES })).toBe('mailto:data@busan.go.kr');
  });

  it('answers null for empty and non-string values', () => {
    for (const value of ['', '   ', '\t\n', null, undefined, 42 as unknown as string]) {
      expect(safeUrl(value)).toBeNull();
    }
  });
});

describe('fillUrlTemplate', () => {
  it('percent-encodes placeholder values so data can never choose a scheme or a host', () => {
    expect(fillUrlTemplate('/dataset/{name}', { name: 'x y' })).toBe('/dataset/x%20y');
    expect(fillUrlTemplate('https://x.kr/d?id={id}', { id: 'a/b' })).toBe('https://x.kr/d?id=a%2Fb');
    expect(fillUrlTemplate('{id}', { id: 'javascript:alert(1)' })).toBe('javascript%3Aalert(1)');
    expect(fillUrlTemplate('{id}', { id: '//evil.example/x' })).toBe('%2F%2Fevil.example%2Fx');
    const resolved = fillUrlTemplate('{id}', { id: 'javascript:alert(1)' }, { base: 'https://portal.kr/' });
    expect(new URL(resolved!).protocol).toBe('https:');
  });

  it('refuses a template whose own scheme is not allowed, however it is written', () => {
    for (const value of OBFUSCATED) expect(fillUrlTemplate(`${value}/{id}`, { id: '1' })).toBeNull();
  });

  it('leaves unknown placeholders and keys of Object.prototype alone', () => {
    expect(fillUrlTemplate('/d/{constructor}/{id}', { id: '1' })).toBe('/d/{constructor}/1');
  });
});

describe('checkUrlTemplate', () => {
  const TILE = ['s', 'z', 'x', 'y', 'r'];
  it('accepts a Leaflet tile template and names an unknown placeholder', () => {
    expect(checkUrlTemplate('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}{r}.png', TILE)).toBeNull();
    const error = checkUrlTemplate('https://tile.kr/{foo}/{z}.png', TILE);
    expect(error?.reason).toBe('placeholder');
    expect(error?.placeholder).toBe('foo');
  });

  it('refuses a template with a script scheme', () => {
    expect(checkUrlTemplate('java\tscript:alert({z})', TILE)?.reason).toBe('scheme');
    expect(urlTemplatePlaceholders('/a/{z}/{x}/{z}')).toEqual(['z', 'x']);
  });
});
