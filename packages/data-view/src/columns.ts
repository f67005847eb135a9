import type { Cell, EngineField, Range } from '@bdw/core/data';
import { displayCell, isNumeric } from './format.js';
import type { Lang } from '@bdw/core';

/** Narrowest and widest column, in `ch` (a long text is clipped in its cell and read whole by screen readers). */
const MIN_CH = 6;
const MAX_CH = 28;

/** The name a person reads for a column: the data dictionary's label, else the column's id. */
export const fieldLabel = (field: EngineField): string => field.label?.trim() || field.id;

/** About how many `ch` a text takes: Hangul syllables are nearly two. */
const textCh = (text: string): number => {
  let ch = 0;
  for (const char of text) ch += /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3\u4e00-\u9fff]/.test(char) ? 1.8 : 1;
  return ch;
};

/**
 * Column widths in `ch`, from the header and the first page: every row of a virtual table is laid out on its own, so
 * widths are fixed once per query instead of measured from cells that scroll in and out.
 */
export function columnWidths(
  fields: readonly EngineField[],
  sample: readonly (Cell[] | undefined)[],
  lang: Lang,
): number[] {
  return fields.map((field, i) => {
    // The header also holds the sort mark.
    let widest = textCh(fieldLabel(field)) + 4;
    for (const row of sample) if (row) widest = Math.max(widest, textCh(displayCell(row[i], field, lang)) + 2);
    return Math.min(MAX_CH, Math.max(MIN_CH, Math.ceil(widest)));
  });
}

/**
 * Number columns widened to their widest value over every row (the engine's minimum and maximum, `null` where not
 * known): the first rows set the widths, and a number past their size would show cut (`377,1…` reads as another
 * number).
 */
export function widenToRanges(
  fields: readonly EngineField[],
  widths: readonly number[],
  ranges: readonly (Range | null)[],
  lang: Lang,
): number[] {
  return fields.map((field, i) => {
    const width = widths[i] ?? MIN_CH;
    const range = ranges[i];
    if (!range || !isNumeric(field.type)) return width;
    const ends = [range.min, range.max].filter((value): value is number => value !== null);
    const widest = Math.max(width, ...ends.map((value) => textCh(displayCell(value, field, lang)) + 2));
    return Math.min(MAX_CH, Math.ceil(widest));
  });
}

/** `grid-template-columns` of the widths: number columns fixed, text columns sharing what is left. */
export const columnTemplate = (fields: readonly EngineField[], widths: readonly number[]): string =>
  fields.map((field, i) => (isNumeric(field.type) ? `${widths[i]}ch` : `minmax(${widths[i]}ch, 1fr)`)).join(' ');

/** Whether a cell's text may be cut off in its column (it then gets a tooltip with the whole text). */
export const mayClip = (text: string, width: number): boolean => textCh(text) + 2 > width;
