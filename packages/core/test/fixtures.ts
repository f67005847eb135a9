import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The real recorded CKAN responses in `tests/fixtures/ckan` (see SOURCES.md there). */
export const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/ckan');

export function fixture(path: string): { success: boolean; result: unknown } {
  return JSON.parse(readFileSync(join(FIXTURES, path), 'utf8'));
}

/** Every recorded file, as `source/file.json`. */
export function allFixtures(): string[] {
  return readdirSync(FIXTURES).flatMap((source) =>
    readdirSync(join(FIXTURES, source)).map((file) => `${source}/${file}`),
  );
}
