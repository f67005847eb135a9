import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { BdwView, FilterChangeDetail } from '@bdw/core';
import '@bdw/core/bdw-view.js';
import type { ChartConfiguration } from 'chart.js';
import type { BdwChartViewer } from '../../src/BdwChartViewer.js';
import { fetchTable, settled, status, values } from './helpers.js';

/**
 * A chart inside `<bdw-view>`: it charts the view's datastore resource grouped by the engine (on the server), follows
 * the view's filters, and a click on a bar filters the view on that bar's value — the bar is highlighted among the
 * others, not left alone. Every count is computed here from the real CSV.
 */
const FILE = '/files/busan_fatal_traffic_accidents_2020.csv';
const RESOURCE = 'busan-fatal-traffic-accidents-2020-1';

async function accidents() {
  const { header, rows } = await fetchTable(FILE);
  const col = (name: string) => header.indexOf(name);
  const countBy = (key: string, keep: (row: string[]) => boolean = () => true) => {
    const out = new Map<string, number>();
    for (const row of rows.filter(keep)) out.set(row[col(key)]!, (out.get(row[col(key)]!) ?? 0) + 1);
    return out;
  };
  return { rows, col, countBy };
}

const config = (el: BdwChartViewer) => el.chart!.config as unknown as ChartConfiguration;
const bars = (el: BdwChartViewer) => {
  const labels = (config(el).data.labels ?? []).map(String);
  const data = values(config(el).data.datasets[0]!.data).map(Number);
  return new Map(labels.map((label, i) => [label, data[i]!]));
};

async function mountView(template: ReturnType<typeof html>): Promise<{ view: BdwView; chart: BdwChartViewer }> {
  const view = await fixture<BdwView>(template);
  const chart = view.querySelector<BdwChartViewer>('bdw-chart-viewer')!;
  await waitUntil(() => view.engine !== null, 'the view did not open its table', { timeout: 15_000 });
  await waitUntil(() => !!chart.chart, 'the chart did not draw', { timeout: 15_000 });
  await settled(chart);
  return { view, chart };
}

/** Waits until the chart has drawn for the view's current filters. */
async function redrawn(chart: BdwChartViewer, test: () => boolean, message: string) {
  await waitUntil(() => status(chart).kind === 'done' && !!chart.chart && test(), message, { timeout: 15_000 });
}

describe('<bdw-chart-viewer> in <bdw-view>', () => {
  it('charts the view’s rows by district, with the counts of the CSV, aggregated by the server', async () => {
    const { countBy } = await accidents();
    const { view, chart } = await mountView(
      html`<bdw-view api="/" resource=${RESOURCE}>
        <bdw-chart-viewer x="발생지시군구"></bdw-chart-viewer>
      </bdw-view>`,
    );
    expect(view.engine!.mode).to.equal('server');
    const expected = countBy('발생지시군구');
    expect(expected.get('사상구')).to.equal(11);
    expect(Object.fromEntries(bars(chart))).to.deep.equal(Object.fromEntries(expected));
  });

  it('follows filters set on the view (weekend accidents only), with no event', async () => {
    const { col, countBy } = await accidents();
    const { view, chart } = await mountView(
      html`<bdw-view api="/" resource=${RESOURCE}>
        <bdw-chart-viewer x="발생지시군구"></bdw-chart-viewer>
      </bdw-view>`,
    );
    let events = 0;
    view.addEventListener('bdw-filter-change', () => events++);
    view.filters = { 요일: ['토', '일'] };
    const weekend = countBy('발생지시군구', (row) => ['토', '일'].includes(row[col('요일')]!));
    const total = [...weekend.values()].reduce((a, b) => a + b, 0);
    await redrawn(chart, () => [...bars(chart).values()].reduce((a, b) => a + b, 0) === total, 'not refiltered');
    expect(Object.fromEntries(bars(chart))).to.deep.equal(Object.fromEntries(weekend));
    expect(events).to.equal(0);
    // The chips say what filters the view, with the field's name.
    const chips = [...view.shadowRoot!.querySelectorAll('.chip')].map((c) => c.getAttribute('aria-label'));
    expect(chips).to.include('요일: 토 필터 해제');
  });

  it('a click on a bar filters the view on it; the bar is highlighted, the others stay; a second click clears', async () => {
    const { countBy } = await accidents();
    const { view, chart } = await mountView(
      html`<bdw-view api="/" resource=${RESOURCE}>
        <bdw-chart-viewer x="발생지시군구" type="bar"></bdw-chart-viewer>
      </bdw-view>`,
    );
    const labels = (config(chart).data.labels ?? []).map(String);
    const index = labels.indexOf('사상구');
    // chart.js' own click handler with the bar it found under the pointer.
    const clickBar = () => {
      const current = chart.chart!;
      const onClick = current.options.onClick as (event: unknown, elements: unknown[], chart: unknown) => void;
      onClick(new MouseEvent('click'), [{ datasetIndex: 0, index }], current);
    };
    const changed = oneEvent(view, 'bdw-filter-change');
    clickBar();
    const event = (await changed) as CustomEvent<FilterChangeDetail>;
    expect(event.detail.filters).to.deep.equal({ 발생지시군구: ['사상구'] });
    expect(event.detail.origin).to.equal(chart);
    expect(view.filters).to.deep.equal({ 발생지시군구: ['사상구'] });
    await redrawn(
      chart,
      () => (config(chart).data.datasets[0] as { borderWidth?: unknown }).borderWidth instanceof Array,
      'no highlight',
    );
    // Every district is still there, with its count; only 사상구 has the thick outline.
    expect(Object.fromEntries(bars(chart))).to.deep.equal(Object.fromEntries(countBy('발생지시군구')));
    const widths = (config(chart).data.datasets[0] as unknown as { borderWidth: number[] }).borderWidth;
    expect(widths[index]).to.equal(3);
    expect(widths.filter((w) => w === 3)).to.have.length(1);
    // By keyboard: the focused bar stays focused across the redraw; Enter on it clears the filter.
    const plot = chart.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    plot.focus();
    const cleared = oneEvent(view, 'bdw-filter-change');
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(((await cleared) as CustomEvent<FilterChangeDetail>).detail.filters).to.deep.equal({});
    // And Enter again sets it, with no mouse at all.
    const again = oneEvent(view, 'bdw-filter-change');
    await redrawn(
      chart,
      () => !((config(chart).data.datasets[0] as { borderWidth?: unknown }).borderWidth instanceof Array),
      'highlight stayed',
    );
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(((await again) as CustomEvent<FilterChangeDetail>).detail.filters).to.deep.equal({
      발생지시군구: ['사상구'],
    });
  });

  it('against a CKAN without datastore_search_sql (its default) the view answers in the browser, with the same counts', async () => {
    const { col, countBy } = await accidents();
    const { view, chart } = await mountView(
      html`<bdw-view api="/no-sql/" resource=${RESOURCE} filters='{"주야":["야"]}'>
        <bdw-chart-viewer x="발생지시군구"></bdw-chart-viewer>
      </bdw-view>`,
    );
    await redrawn(chart, () => view.engine!.mode === 'browser', 'did not fall back to the browser');
    const night = countBy('발생지시군구', (row) => row[col('주야')] === '야');
    await redrawn(
      chart,
      () => [...bars(chart).values()].reduce((a, b) => a + b, 0) === [...night.values()].reduce((a, b) => a + b, 0),
      'not filtered',
    );
    expect(Object.fromEntries(bars(chart))).to.deep.equal(Object.fromEntries(night));
  });

  it('says no row matches the view’s filters when none does', async () => {
    const { view, chart } = await mountView(
      html`<bdw-view api="/" resource=${RESOURCE}>
        <bdw-chart-viewer x="요일"></bdw-chart-viewer>
      </bdw-view>`,
    );
    view.filters = { 발생지시군구: ['남구'], 사고유형_대분류: ['차량단독'] };
    await waitUntil(
      () => chart.shadowRoot!.textContent!.includes('필터 조건에 맞는 데이터가 없습니다.'),
      'no empty state',
      {
        timeout: 15_000,
      },
    );
  });

  it('shows the view’s error when the view cannot open its table', async () => {
    const view = await fixture<BdwView>(
      html`<bdw-view api="/" resource="no-such-resource">
        <bdw-chart-viewer x="요일"></bdw-chart-viewer>
      </bdw-view>`,
    );
    const chart = view.querySelector<BdwChartViewer>('bdw-chart-viewer')!;
    await waitUntil(() => status(chart).kind === 'error', 'the chart kept loading', { timeout: 15_000 });
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
  });

  it('a chart with a source of its own ignores the view', async () => {
    const { countBy } = await accidents();
    const { view, chart } = await mountView(
      html`<bdw-view api="/" resource=${RESOURCE} filters='{"요일":["토"]}'>
        <bdw-chart-viewer src=${FILE} x="발생지시군구"></bdw-chart-viewer>
      </bdw-view>`,
    );
    expect(view.filters).to.deep.equal({ 요일: ['토'] });
    expect(Object.fromEntries(bars(chart))).to.deep.equal(Object.fromEntries(countBy('발생지시군구')));
  });
});
