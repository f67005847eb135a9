import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@bdw/core/bdw-view.js';
import type { BdwView, FilterChangeDetail } from '@bdw/core';
import '../../src/bdw-data-table.js';
import '../../src/bdw-filter.js';
import type { BdwDataTable } from '../../src/BdwDataTable.js';
import type { BdwFilter } from '../../src/BdwFilter.js';
import { RESOURCE, columnTexts, realCsv, recordRequests, root, tally, text, until, type CsvRow } from './helpers.js';

/**
 * `<bdw-filter>` and `<bdw-data-table>` together in a `<bdw-view>` of the real datastore resource (the 2020 fatal
 * accidents, served by the real catalog-api on this test server's origin); every count is computed here from the
 * real CSV read with papaparse.
 */

let rows: CsvRow[];
before(async () => {
  ({ rows } = await realCsv());
});

/** The values a filter lists, with their counts as shown: `[['사상구', '11건'], …]`. */
const listed = (filter: BdwFilter): [string, string][] =>
  [...root(filter).querySelectorAll('[part~="value"]')].map((value) => [
    text(value.querySelector('.name')),
    text(value.querySelector('[part~="count"]')),
  ]);
/** The same values with the same counts, in any order (values with equal counts may come in either order). */
const sorted = (pairs: readonly (readonly [string, string])[]) =>
  JSON.stringify([...pairs].map((p) => p.join('=')).sort());
const box = (filter: BdwFilter, value: string) =>
  [...root(filter).querySelectorAll<HTMLLabelElement>('[part~="value"]')]
    .find((label) => text(label.querySelector('.name')) === value)!
    .querySelector('input')!;
const ready = (filter: BdwFilter) => until(() => root(filter).querySelector('[part~="values"], [part~="range"]'));

async function dashboard(extra = html``) {
  const view = await fixture<BdwView>(
    html`<bdw-view api="/" resource=${RESOURCE}>
      <bdw-filter field="발생지시군구" label="구·군"></bdw-filter>
      <bdw-filter field="요일"></bdw-filter>
      ${extra}
      <bdw-data-table></bdw-data-table>
    </bdw-view>`,
  );
  const [district, weekday] = [...view.querySelectorAll<BdwFilter>('bdw-filter')] as [BdwFilter, BdwFilter];
  const table = view.querySelector<BdwDataTable>('bdw-data-table')!;
  await ready(district);
  await ready(weekday);
  await until(() => table.total !== null);
  return { view, district, weekday, table };
}

const shownCounts = (pairs: [string, number][], n: number): [string, string][] =>
  pairs.slice(0, n).map(([v, c]) => [v, `${c}건`]);

describe('<bdw-filter> in a <bdw-view> of the real datastore resource', () => {
  it('lists the top values with their counts as the CSV has them (사상구 11), then the rest on "show more"', async () => {
    const { district } = await dashboard();
    const expected = tally(rows, '발생지시군구');
    expect(expected.find(([v]) => v === '사상구')![1]).to.equal(11);
    expect(text(root(district).querySelector('legend'))).to.equal('구·군');
    // Equal counts in any order: compare as sets of the first eight's counts, then as a whole after "show more".
    expect(listed(district).map(([, c]) => c)).to.deep.equal(shownCounts(expected, 8).map(([, c]) => c));
    // The eight values show whole, with nothing scrolled out of the list's box.
    const list = root(district).querySelector<HTMLElement>('[part~="values"]')!;
    const bottom = list.getBoundingClientRect().bottom;
    const lastBottom = [...list.querySelectorAll('[part~="value"]')].at(-1)!.getBoundingClientRect().bottom;
    expect(list.scrollHeight <= list.clientHeight).to.equal(true);
    expect(lastBottom <= bottom + 0.5).to.equal(true);
    const more = root(district).querySelector<HTMLButtonElement>('[part~="more"]')!;
    expect(text(more)).to.equal(`더 보기 (${expected.length - 8}개 더)`);
    more.click();
    await until(() => listed(district).length === expected.length);
    expect(sorted(listed(district))).to.equal(sorted(shownCounts(expected, expected.length)));
    // All fifteen scroll inside the list, which shows half of a ninth row as the sign that it does.
    expect(list.scrollHeight > list.clientHeight).to.equal(true);
    // Focus goes to the first value that appeared.
    expect(root(district).activeElement).to.equal(root(district).querySelectorAll('input[type="checkbox"]')[8]);
  });

  it('checking a value filters the table and the other filters’ counts; OR within a field', async () => {
    const { view, district, weekday, table } = await dashboard();
    const changes: unknown[] = [];
    view.addEventListener('bdw-filter-change', (e) =>
      changes.push((e as CustomEvent<FilterChangeDetail>).detail.filters),
    );
    root(district).querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await until(() => listed(district).length > 8);
    box(district, '사상구').click();
    const sasang = rows.filter((r) => r['발생지시군구'] === '사상구');
    await until(() => table.total === sasang.length);
    expect(view.filters).to.deep.equal({ 발생지시군구: ['사상구'] });
    expect(changes).to.deep.equal([{ 발생지시군구: ['사상구'] }]);
    // The table's rows are those of 사상구 only.
    const tableRows = () => [...root(table).querySelectorAll('.body [role="row"]')];
    await until(
      async () =>
        tableRows().length === sasang.length &&
        (await columnTexts(table, '발생지시군구')).every((district) => district === '사상구'),
    );
    // The weekday filter counts only 사상구's accidents now; the district filter still offers every district.
    const sasangDays = tally(sasang, '요일');
    expect(sasangDays.length).to.be.at.most(8);
    await until(() => sorted(listed(weekday)) === sorted(shownCounts(sasangDays, 8)));
    expect(listed(district).length).to.equal(tally(rows, '발생지시군구').length);
    // A second value of the same field: either district (OR).
    box(district, '북구').click();
    const both = rows.filter((r) => r['발생지시군구'] === '사상구' || r['발생지시군구'] === '북구');
    await until(() => table.total === both.length);
    // A value of another field: AND.
    const [day] = tally(both, '요일')[0]!;
    await until(() => listed(weekday).some(([v]) => v === day));
    box(weekday, day).click();
    await until(() => table.total === both.filter((r) => r['요일'] === day).length);
    expect(text(root(table).querySelector('[part~="count"]'))).to.equal(`${table.total}건`);
  });

  it('a filter state seen before is answered without asking the server again, with the same counts', async () => {
    const { view, weekday, table } = await dashboard();
    const sasang = rows.filter((r) => r['발생지시군구'] === '사상구');
    const sasangDays = sorted(shownCounts(tally(sasang, '요일'), 8));
    const allDays = sorted(shownCounts(tally(rows, '요일'), 8));
    const show = async (filters: Record<string, string[]>, total: number, days: string) => {
      view.filters = filters;
      await until(() => table.total === total && sorted(listed(weekday)) === days);
    };
    const first = await recordRequests(() => show({ 발생지시군구: ['사상구'] }, sasang.length, sasangDays));
    expect(first.filter((s) => s.includes('datastore_search_sql')).length).to.be.greaterThan(0);
    await show({}, rows.length, allDays);
    const again = await recordRequests(() => show({ 발생지시군구: ['사상구'] }, sasang.length, sasangDays));
    expect(again.filter((s) => s.includes('datastore_search_sql'))).to.deep.equal([]);
    await until(async () => {
      const districts = await columnTexts(table, '발생지시군구');
      return districts.length > 0 && districts.every((district) => district === '사상구');
    });
  });

  it('adding a second value asks only about that value; the counts of both are the CSV’s', async () => {
    const { view, weekday, table } = await dashboard();
    const of = (districts: string[]) => rows.filter((r) => districts.includes(r['발생지시군구']!));
    const show = async (districts: string[]) => {
      view.filters = { 발생지시군구: districts };
      const kept = of(districts);
      await until(
        () => table.total === kept.length && sorted(listed(weekday)) === sorted(shownCounts(tally(kept, '요일'), 8)),
      );
    };
    await show(['사상구']);
    const asked = await recordRequests(() => show(['사상구', '북구']));
    const grouped = asked.filter((s) => s.includes('datastore_search_sql') && s.includes('GROUP BY'));
    expect(grouped.length).to.be.greaterThan(0);
    // The weekday counts of 사상구 were known: only 북구's are asked (the table's page and total ask for both).
    expect(grouped.every((s) => s.includes("'북구'") && !s.includes("'사상구'"))).to.equal(true);
  });

  it('follows filters set by the page', async () => {
    const { view, weekday, table } = await dashboard();
    view.filters = { 주야: ['야'] };
    const night = rows.filter((r) => r['주야'] === '야');
    await until(() => table.total === night.length);
    const nightDays = tally(night, '요일');
    expect(nightDays.length).to.be.at.most(8);
    await until(() => sorted(listed(weekday)) === sorted(shownCounts(nightDays, 8)));
    expect(sorted(listed(weekday))).to.not.equal(sorted(shownCounts(tally(rows, '요일'), 8)));
  });

  it('searches its values when there are more than it lists', async () => {
    const view = await fixture<BdwView>(
      html`<bdw-view api="/" resource=${RESOURCE}>
        <bdw-filter field="발생지시군구" limit="3"></bdw-filter>
      </bdw-view>`,
    );
    const filter = view.querySelector<BdwFilter>('bdw-filter')!;
    await ready(filter);
    const search = root(filter).querySelector<HTMLInputElement>('[part~="search"]')!;
    expect(search.getAttribute('aria-label')).to.equal('발생지시군구 값 찾기');
    search.focus();
    await sendKeys({ type: '해운' });
    await until(() => listed(filter).length === 1);
    expect(listed(filter)).to.deep.equal([
      ['해운대구', `${rows.filter((r) => r['발생지시군구'] === '해운대구').length}건`],
    ]);
  });

  it('is operable by keyboard: Tab to a value, Space checks it', async () => {
    const { view, district, table } = await dashboard();
    const first = root(district).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    const name = text(first.closest('label')!.querySelector('.name'));
    first.focus();
    await sendKeys({ press: 'Space' });
    await until(() => table.total === rows.filter((r) => r['발생지시군구'] === name).length);
    expect(view.filters).to.deep.equal({ 발생지시군구: [name] });
    expect(root(district).activeElement).to.equal(first);
    await sendKeys({ press: 'Space' });
    await until(() => table.total === rows.length);
  });

  it('kind="range": the column’s smallest and largest value, and a minimum that filters', async () => {
    const { view, table } = await dashboard(html`<bdw-filter field="부상자수" kind="range"></bdw-filter>`);
    const range = view.querySelector<BdwFilter>('bdw-filter[kind="range"]')!;
    await ready(range);
    const values = rows.map((r) => Number(r['부상자수']));
    const [min, max] = [Math.min(...values), Math.max(...values)];
    const [low, high] = [...root(range).querySelectorAll<HTMLInputElement>('input[type="number"]')] as [
      HTMLInputElement,
      HTMLInputElement,
    ];
    expect([low.placeholder, high.placeholder]).to.deep.equal([String(min), String(max)]);
    expect(text(root(range).querySelector('.hint'))).to.equal(`${min} ~ ${max}`);
    low.focus();
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Enter' });
    await until(() => table.total === values.filter((v) => v >= 1).length);
    expect(view.filters).to.deep.equal({ 부상자수: { min: 1, max: null } });
    root(range).querySelector<HTMLButtonElement>('[part~="clear"]')!.click();
    await until(() => table.total === rows.length);
  });

  it('speaks English with lang="en", is accessible (axe) and says when its column does not exist', async () => {
    const view = await fixture<BdwView>(
      html`<bdw-view lang="en" api="/" resource=${RESOURCE}>
        <bdw-filter field="요일"></bdw-filter>
        <bdw-filter field="없는열"></bdw-filter>
      </bdw-view>`,
    );
    const [weekday, missing] = [...view.querySelectorAll<BdwFilter>('bdw-filter')] as [BdwFilter, BdwFilter];
    await ready(weekday);
    expect(listed(weekday)[0]![1]).to.match(/^\d+$/);
    await expect(weekday).to.be.accessible();
    await until(() => root(missing).querySelector('[part~="error"]'));
    expect(text(root(missing).querySelector('[part~="error"]'))).to.include('This table has no column “없는열”');
  });

  it('a table and filters side by side are accessible together (axe)', async () => {
    const { view } = await dashboard();
    await expect(view).to.be.accessible();
  });
});
