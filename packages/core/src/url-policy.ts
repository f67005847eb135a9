/**
 * The one URL policy for addresses that come from data or from page attributes (resource URLs, homepages,
 * logos, stream links, `href-template`, `card-href`, tile URL templates). A value is parsed with
 * `new URL(value, base)` — the WHATWG parser the browser itself uses, so `"\u0001javascript:…"`,
 * `" \tjavascript:…"` and `"java\nscript:…"` are read exactly as a click would read them — and allowed by
 * its scheme, never by a pattern over the text.
 */

/** Schemes a link, image or frame may use. */
export const WEB_SCHEMES: readonly string[] = ['http:', 'https:'];
/** Schemes a contact link (a maintainer, a provider's address) may use. */
export const CONTACT_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];

export interface SafeUrlOptions {
  /** What relative addresses resolve against; default the document's base URI (none on a server). */
  base?: string | undefined;
  /** Allowed schemes (with the colon); default {@link WEB_SCHEMES}. */
  schemes?: readonly string[];
  /**
   * Without a base (on a server, in Node), keep a relative address as a relative reference instead of
   * refusing it (default `false`). It can name no scheme, so the page's own scheme applies.
   */
  allowRelative?: boolean;
}

/** Stand-in base to classify relative references when no base is known; never appears in output. */
const PROBE_BASE = 'https://relative.invalid/';

/** What the URL parser strips before it reads a scheme: leading/trailing C0 controls and spaces, tabs and newlines. */
// eslint-disable-next-line no-control-regex
const STRIPPED_EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_OR_NEWLINE = /[\t\n\r]/g;

function defaultBase(): string | undefined {
  const doc = (globalThis as { document?: { baseURI?: string } }).document;
  return typeof doc?.baseURI === 'string' ? doc.baseURI : undefined;
}

/**
 * The address as the browser will follow it, or `null` when it is empty, unparsable or of a scheme that
 * is not allowed (`javascript:`, `data:`, `vbscript:`, `file:`, `blob:` … however written). Absolute (and,
 * with a base, resolved) addresses come back normalised (`url.href`); a relative one without a base only
 * with `allowRelative`, cleaned of what the parser would ignore.
 *
 * @example safeUrl('java\tscript:alert(1)') // null
 * @example safeUrl('/logo.svg', { base: 'https://portal.kr/market/' }) // 'https://portal.kr/logo.svg'
 * @example safeUrl('mailto:data@busan.go.kr', { schemes: CONTACT_SCHEMES }) // 'mailto:data@busan.go.kr'
 */
export function safeUrl(value: string | null | undefined, options: SafeUrlOptions = {}): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(STRIPPED_EDGES, '').replace(TAB_OR_NEWLINE, '');
  if (cleaned === '') return null;
  const schemes = options.schemes ?? WEB_SCHEMES;
  const base = 'base' in options ? options.base : defaultBase();
  let url: URL;
  try {
    url = new URL(value, base ?? PROBE_BASE);
  } catch {
    return null;
  }
  if (!schemes.includes(url.protocol)) return null;
  if (base !== undefined) return url.href;
  // No base: an absolute address parses on its own; a relative one resolved against the probe.
  if (URL.canParse(value)) return url.href;
  return options.allowRelative ? cleaned : null;
}

/** A `{name}` placeholder in a URL template. */
const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The placeholder names a template uses, in order of appearance, each once (`'/d/{id}?n={name}'` → `['id', 'name']`). */
export function urlTemplatePlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Why a URL template cannot be used: a placeholder it does not know, or a scheme that is not allowed. */
export class UrlTemplateError extends Error {
  override readonly name = 'UrlTemplateError';
  constructor(
    readonly reason: 'placeholder' | 'scheme',
    readonly template: string,
    /** The unknown placeholder, for `placeholder`. */
    readonly placeholder: string | null = null,
  ) {
    super(
      reason === 'placeholder'
        ? `URL template ${JSON.stringify(template)}: unknown placeholder {${placeholder}}`
        : `URL template ${JSON.stringify(template)}: not an http(s) address`,
    );
  }
}

/**
 * Checks a template once, when it is set (a `tile-url`, an `href-template`): every placeholder must be one
 * of `known`, and the template with sample values must pass {@link safeUrl}. Returns the error to show,
 * or `null` when the template is usable.
 *
 * @example checkUrlTemplate('https://{s}.tile.kr/{z}/{x}/{y}.png', ['s', 'z', 'x', 'y', 'r']) // null
 * @example checkUrlTemplate('https://tile.kr/{foo}.png', ['z', 'x', 'y'])?.placeholder // 'foo'
 */
export function checkUrlTemplate(
  template: string,
  known: readonly string[],
  options: SafeUrlOptions = {},
): UrlTemplateError | null {
  const unknown = urlTemplatePlaceholders(template).find((name) => !known.includes(name));
  if (unknown !== undefined) return new UrlTemplateError('placeholder', template, unknown);
  const sample = template.replace(PLACEHOLDER, '0');
  return safeUrl(sample, { allowRelative: true, ...options }) === null
    ? new UrlTemplateError('scheme', template)
    : null;
}

/**
 * Fills a link template from data: each `{name}` becomes `encodeURIComponent(values[name])`, so a value can
 * add path or query text but never a scheme, host or `/`; then the whole is passed through {@link safeUrl}
 * (relative links allowed). Unknown placeholders stay as they are written. `null` when the result is not
 * a safe address.
 *
 * @example fillUrlTemplate('/dataset/{name}', { name: 'x y' }) // '/dataset/x%20y' (no base)
 * @example fillUrlTemplate('{id}', { id: 'javascript:alert(1)' }) // 'javascript%3Aalert(1)' — a relative path
 */
export function fillUrlTemplate(
  template: string | null | undefined,
  values: Readonly<Record<string, string | number>>,
  options: SafeUrlOptions = {},
): string | null {
  if (!template) return null;
  const filled = template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(values, name) ? encodeURIComponent(String(values[name])) : whole,
  );
  return safeUrl(filled, { allowRelative: true, ...options });
}
