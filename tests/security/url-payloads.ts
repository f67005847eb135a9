/**
 * Addresses that a browser reads as a script or document scheme although a pattern over the text would not:
 * written anew from the WHATWG URL Standard's basic URL parser (§4.4 — leading and trailing C0 control or space
 * are stripped, ASCII tab and newline removed anywhere, schemes compared ASCII case-insensitively) and the OWASP
 * XSS Filter Evasion Cheat Sheet ("Embedded tab", "Embedded newline to break up XSS", "Spaces and meta chars
 * before the JavaScript in images", "Non-alpha-non-digit"). Each must never become an `href` or `src`.
 */
export const OBFUSCATED_URLS: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '\u0001javascript:alert(1)',
  ' \tjavascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u001f\u0020javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'jav\u0009ascript:alert(1)',
  'javascript\t:alert(1)',
  '\njavascript:alert(1)\n',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  ' DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd',
];

/** Templates built from each address: the scheme comes from the template itself, a placeholder follows. */
export const obfuscatedTemplates = (placeholder: string): string[] =>
  OBFUSCATED_URLS.map((url) => `${url}//${placeholder}`);
