import { describe, expect, it } from 'vitest';
import { DISPLAY_TEXT_MAX, displayText } from '../src/display-text.js';

describe('displayText', () => {
  it('keeps real titles whole and cuts a 200 KB one to the display maximum', () => {
    expect(displayText('부산광역시 공영주차장 현황')).toBe('부산광역시 공영주차장 현황');
    const cut = displayText('가'.repeat(200_000));
    expect(cut).toHaveLength(DISPLAY_TEXT_MAX + 1);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const cut = displayText(`${'a'.repeat(9)}😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(9)}…`);
    expect(displayText(`${'a'.repeat(8)}😀😀`, 10)).toBe(`${'a'.repeat(8)}😀…`);
  });
});
