import { validationError } from './errors.js';

/** Request parameters: GET query values or POST JSON body values, as strings or JSON. */
export type Params = Record<string, unknown>;

export function stringParam(params: Params, name: string, fallback = ''): string {
  const value = params[name];
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw validationError(`${name}: must be a string`);
}

/** A natural number, as CKAN's `natural_number_validator`; values above `max` are capped, as CKAN caps rows. */
export function naturalParam(params: Params, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = params[name];
  if (raw === undefined || raw === null || raw === '') return fallback;
  const text = String(raw).trim();
  if (!/^\d{1,15}$/.test(text)) throw validationError(`${name}: Must be a natural number`);
  return Math.min(Number(text), max);
}

/** An integer that may be -1 (CKAN's facet.limit: -1 means no limit). */
export function limitParam(params: Params, name: string, fallback: number): number {
  const raw = params[name];
  if (raw === undefined || raw === null || raw === '') return fallback;
  const text = String(raw).trim();
  if (text === '-1') return -1;
  if (!/^\d{1,9}$/.test(text)) throw validationError(`${name}: Must be an integer`);
  return Number(text);
}

export function booleanParam(params: Params, name: string, fallback = false): boolean {
  const raw = params[name];
  if (raw === undefined || raw === null || raw === '') return fallback;
  if (raw === true || raw === 'true' || raw === 'True' || raw === '1') return true;
  if (raw === false || raw === 'false' || raw === 'False' || raw === '0') return false;
  throw validationError(`${name}: Must be a boolean`);
}

/** A list given as a JSON array string (`["a","b"]`), an array, or a comma-free single value. */
export function listParam(params: Params, name: string): string[] {
  const raw = params[name];
  if (raw === undefined || raw === null || raw === '') return [];
  let value: unknown = raw;
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text.startsWith('[')) {
      try {
        value = JSON.parse(text);
      } catch {
        throw validationError(`${name}: not a valid JSON list`);
      }
    } else value = [text];
  }
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw validationError(`${name}: must be a list of strings`);
  }
  return value;
}
