import { expect, html, waitUntil } from '@open-wc/testing';
import type { BdwDatasetSearch } from '../../src/BdwDatasetSearch.js';
import { $, $$, command, count, mount, searchFor, settled, titles } from './helpers.js';

const suggestions = (el: BdwDatasetSearch) => $$(el, '#suggestions [role="option"]').map((o) => o.textContent!.trim());
const input = (el: BdwDatasetSearch) => $<HTMLInputElement>(el, '#q');

function typeText(el: BdwDatasetSearch, text: string, composing = false) {
  const box = input(el);
  box.focus();
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: composing }));
}

const waitForSuggestions = (el: BdwDatasetSearch) =>
  waitUntil(() => suggestions(el).length > 0, 'no suggestions', { timeout: 8000 });

describe('Korean typing in the search box, against the real catalogue', () => {
  it('suggests by initial consonants: ㅂㅅㅈㅊ → 부산 … 주차 …', async () => {
    const el = await mount(html`<bdw-dataset-search api="/"></bdw-dataset-search>`);
    typeText(el, 'ㅂㅅㅈㅊ');
    await waitForSuggestions(el);
    const { getChoseong } = await import('es-hangul');
    for (const title of suggestions(el)) {
      const initials = getChoseong(title.replace(/[^가-힣]/g, ''));
      expect(initials.indexOf('ㅂㅅ'), title).to.be.greaterThanOrEqual(0);
      expect(initials.indexOf('ㅈㅊ', initials.indexOf('ㅂㅅ') + 2), title).to.be.greaterThan(0);
    }
  });

  it('suggests while the last syllable is incomplete: 주ㅊ and 부산ㅈ', async () => {
    const el = await mount(html`<bdw-dataset-search api="/"></bdw-dataset-search>`);
    typeText(el, '주ㅊ', true);
    await waitForSuggestions(el);
    expect(suggestions(el).every((t) => /주[차-칳]/.test(t.replace(/\s/g, '')))).to.equal(true);
    typeText(el, '부산ㅈ', true);
    await waitUntil(() => suggestions(el).some((t) => /부산\s*[자-짛]/.test(t)), 'no 부산ㅈ suggestions', {
      timeout: 8000,
    });
  });

  it('suggests from real IME composition events (CDP), and Enter while composing does not search', async () => {
    const el = await mount(html`<bdw-dataset-search api="/"></bdw-dataset-search>`);
    const events: string[] = [];
    for (const name of ['compositionstart', 'compositionupdate', 'compositionend']) {
      input(el).addEventListener(name, () => events.push(name));
    }
    input(el).focus();
    await command('ime', {
      steps: [
        { compose: 'ㅂ' },
        { compose: '부' },
        { commit: '부' },
        { compose: 'ㅅ' },
        { compose: '사' },
        { compose: '산' },
      ],
    });
    await command('ime', { steps: [{ commit: '산' }, { compose: 'ㅈ' }] });
    expect(input(el).value).to.equal('부산ㅈ');
    expect(events).to.include('compositionstart');
    await waitUntil(() => suggestions(el).some((t) => /부산\s*[자-짛]/.test(t)), 'no suggestions while composing', {
      timeout: 8000,
    });
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    // The composition is still open: rendering did not reset the box's value.
    expect(input(el).value).to.equal('부산ㅈ');
    // Enter that commits a syllable (keydown while composing) belongs to the IME: not a submit, the list stays.
    input(el).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(input(el).value).to.equal('부산ㅈ');
  });

  it('highlights results found by initials (ㅂㅅㅈㅊ) and by a syllable being typed (주ㅊ)', async () => {
    const el = await mount(html`<bdw-dataset-search api="/"></bdw-dataset-search>`);
    const { getChoseong } = await import('es-hangul');
    const markedInitials = () =>
      $$(el, '.result__title').map((t) =>
        [...t.querySelectorAll('mark')].map((m) => getChoseong(m.textContent!.replace(/[^가-힣]/g, ''))).join(''),
      );
    await searchFor(el, 'ㅂㅅㅈㅊ');
    expect(count(el)).to.be.greaterThan(0);
    await waitUntil(() => markedInitials().some(Boolean), 'no marks for ㅂㅅㅈㅊ', { timeout: 10_000 });
    expect(
      markedInitials()
        .filter(Boolean)
        .every((m) => m === 'ㅂㅅㅈㅊ'),
    ).to.equal(true);
    await searchFor(el, '주ㅊ');
    expect(count(el)).to.be.greaterThan(0);
    await waitUntil(() => $$(el, '.result__title mark').length > 0, 'no marks for 주ㅊ', { timeout: 10_000 });
    expect($$(el, '.result__title mark').every((m) => /^주[차-칳]$/.test(m.textContent!))).to.equal(true);
  });

  it('gives the same results for an NFD query (pasted from macOS) as for NFC', async () => {
    const el = await mount(html`<bdw-dataset-search api="/"></bdw-dataset-search>`);
    await searchFor(el, '해운대 주차');
    const nfc = { count: count(el), titles: titles(el) };
    expect(nfc.count).to.be.greaterThan(0);
    await searchFor(el, '해운대 주차'.normalize('NFD'));
    expect(count(el)).to.equal(nfc.count);
    expect(titles(el)).to.deep.equal(nfc.titles);
    // Highlighting still marks the words.
    expect($$(el, '.result__title mark').length).to.be.greaterThan(0);
    typeText(el, '해운대'.normalize('NFD'));
    await waitForSuggestions(el);
    expect(suggestions(el).some((t) => t.includes('해운대'))).to.equal(true);
  });

  it('is axe clean with suggestions open', async () => {
    const el = await mount(html`<bdw-dataset-search api="/"></bdw-dataset-search>`);
    typeText(el, '주ㅊ', true);
    await waitForSuggestions(el);
    await settled(el);
    await expect(el).to.be.accessible();
  });
});
