import Papa from 'papaparse';

/** The datastore resource of the real 2020 fatal accident table (apps/catalog-api/data/files). */
export const RESOURCE = 'busan-fatal-traffic-accidents-2020-1';
export const CSV_URL = '/files/busan_fatal_traffic_accidents_2020.csv';

export type CsvRow = Record<string, string>;

let csv: Promise<{ columns: string[]; rows: CsvRow[] }> | null = null;

/** The real CSV, read here with papaparse on its own (not through the engine): what the tests compare with. */
export function realCsv(): Promise<{ columns: string[]; rows: CsvRow[] }> {
  csv ??= fetch(CSV_URL)
    .then((r) => r.text())
    .then((text) => {
      const parsed = Papa.parse<CsvRow>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
      return { columns: parsed.meta.fields ?? [], rows: parsed.data };
    });
  return csv;
}

export const root = (el: Element) => el.shadowRoot!;
export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Resolves when `check` returns a truthy value (polling); fails after `timeout` ms with the last error. */
export async function until(check: () => unknown, timeout = 10_000): Promise<void> {
  const end = performance.now() + timeout;
  let last: unknown = null;
  for (;;) {
    try {
      const ok = await check();
      if (ok !== false && ok !== null && ok !== '' && ok !== undefined) return;
    } catch (error) {
      last = error;
    }
    if (performance.now() > end) throw last instanceof Error ? last : new Error('until: timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Counts of a column's values among rows, largest first (ties by value in Korean order), as a person would tally. */
export function tally(rows: readonly CsvRow[], column: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row[column]!, (counts.get(row[column]!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ko'));
}

/** Requests the page made (URL and body) while `run` ran. */
export async function recordRequests(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    seen.push(`${decodeURIComponent(url.replaceAll('+', ' '))} ${typeof init?.body === 'string' ? init.body : ''}`);
    return original(input, init);
  };
  try {
    await run();
  } finally {
    window.fetch = original;
  }
  return seen;
}

/**
 * The texts of one column in a table's drawn rows (by `aria-rowindex`), as a person reads it: the column is scrolled
 * into the box first (a wide table draws only the columns in view).
 */
export async function columnTexts(table: Element, field: string): Promise<string[]> {
  const box = root(table).querySelector<HTMLElement>('[role="grid"]')!;
  const header = root(table).querySelector<HTMLElement>(`[role="columnheader"][data-field="${CSS.escape(field)}"]`)!;
  box.scrollLeft = header.offsetLeft;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await (table as Element & { updateComplete: Promise<unknown> }).updateComplete;
  const col = header.getAttribute('aria-colindex');
  return [...root(table).querySelectorAll<HTMLElement>('.body [role="row"]')]
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((row) => text(row.querySelector(`[aria-colindex="${col}"]`)));
}
