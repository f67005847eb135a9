import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import '../../src/bdw-view.js';
import { defineElement } from '../../src/define.js';
import type { BdwView, FilterChangeDetail } from '../../src/view/BdwView.js';
import { ViewController } from '../../src/view/ViewController.js';

/** A widget built as the real ones are: it counts the view's rows under its filters through the engine. */
class ProbeRows extends LitElement {
  viewer = new ViewController(this);
  total: number | null = null;
  private seen = -1;
  override willUpdate(): void {
    const view = this.viewer.view;
    if (!view?.engine || view.revision === this.seen) return;
    this.seen = view.revision;
    void view.engine.rows({ filters: view.filters, limit: 0 }).then((page) => {
      this.total = page.total;
      this.requestUpdate();
    });
  }
  override render() {
    return litHtml`${this.total ?? ''}`;
  }
}
defineElement('probe-rows', ProbeRows);

const ROWS = [
  { 구: '사상구', 요일: '토', 사망자수: 1 },
  { 구: '사상구', 요일: '월', 사망자수: 2 },
  { 구: '북구', 요일: '토', 사망자수: 1 },
  { 구: '해운대구', 요일: '일', 사망자수: 1 },
];
const count = (keep: (row: (typeof ROWS)[number]) => boolean) => ROWS.filter(keep).length;

async function mountView(template: ReturnType<typeof html>) {
  const root = await fixture<HTMLElement>(template);
  const views = [...root.querySelectorAll<BdwView>('bdw-view')];
  if (root.localName === 'bdw-view') views.unshift(root as BdwView);
  for (const view of views) view.rows = ROWS;
  await waitUntil(() => views.every((v) => v.engine !== null), 'views did not open', { timeout: 5000 });
  return { root, views };
}

const probeOf = (view: BdwView) => view.querySelector<ProbeRows>('probe-rows')!;
const chips = (view: BdwView) => [...view.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip')];

describe('<bdw-view>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('gives its widgets the rows under its filters; setting filters fires no event; chips say them', async () => {
    const { views } = await mountView(html`<bdw-view><probe-rows></probe-rows></bdw-view>`);
    const view = views[0]!;
    const probe = probeOf(view);
    await waitUntil(() => probe.total === ROWS.length, 'no total');
    let events = 0;
    view.addEventListener('bdw-filter-change', () => events++);
    view.filters = { 구: ['사상구', '북구'], 요일: ['토'] };
    const expected = count((r) => ['사상구', '북구'].includes(r.구) && r.요일 === '토');
    await waitUntil(() => probe.total === expected, 'did not follow the filters');
    expect(events).to.equal(0);
    await view.updateComplete;
    expect(chips(view).map((c) => c.getAttribute('aria-label'))).to.deep.equal([
      '구: 사상구 필터 해제',
      '구: 북구 필터 해제',
      '요일: 토 필터 해제',
      null,
    ]);
    expect(chips(view).at(-1)!.textContent!.trim()).to.equal('모두 해제');
    await expect(view).to.be.accessible();
  });

  it('a chip removes its filter as a person would (bdw-filter-change), and focus stays in the bar', async () => {
    const { views } = await mountView(
      html`<bdw-view filters='{"구":["사상구","북구"]}'><probe-rows></probe-rows></bdw-view>`,
    );
    const view = views[0]!;
    await view.updateComplete;
    const first = chips(view)[0]!;
    first.focus();
    const changed = oneEvent(view, 'bdw-filter-change');
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    const event = (await changed) as CustomEvent<FilterChangeDetail>;
    expect(event.detail.filters).to.deep.equal({ 구: ['북구'] });
    expect(event.detail.origin).to.equal(view);
    await waitUntil(() => view.shadowRoot!.activeElement?.classList.contains('chip'), 'focus was lost');
    await waitUntil(() => probeOf(view).total === count((r) => r.구 === '북구'), 'rows did not follow');
  });

  it('keeps its filters in the URL under its namespace, and Back undoes a filter', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?keep=1&acc.${encodeURIComponent('구')}=${encodeURIComponent('북구')}`,
    );
    const { views } = await mountView(html`<bdw-view url-state="acc"><probe-rows></probe-rows></bdw-view>`);
    const view = views[0]!;
    expect(view.filters).to.deep.equal({ 구: ['북구'] });
    await waitUntil(() => probeOf(view).total === count((r) => r.구 === '북구'), 'URL filters not applied');
    const store = (view as unknown as { store: { toggle(f: string, v: string): void } }).store;
    store.toggle('요일', '토');
    const params = new URL(location.href).searchParams;
    expect(params.get('keep')).to.equal('1');
    expect(params.getAll('acc.요일')).to.deep.equal(['토']);
    expect(params.getAll('acc.구')).to.deep.equal(['북구']);
    const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await back;
    await waitUntil(() => !('요일' in view.filters), 'Back did not undo the filter');
    expect(view.filters).to.deep.equal({ 구: ['북구'] });
  });

  it('two views on one page stay independent, each with its own URL namespace', async () => {
    const { views } = await mountView(
      html`<div>
        <bdw-view url-state="a"><probe-rows></probe-rows></bdw-view>
        <bdw-view url-state="b"><probe-rows></probe-rows></bdw-view>
      </div>`,
    );
    const [a, b] = views as [BdwView, BdwView];
    (a as unknown as { store: { toggle(f: string, v: string): void } }).store.toggle('구', '사상구');
    await waitUntil(() => probeOf(a).total === count((r) => r.구 === '사상구'), 'a did not filter');
    expect(b.filters).to.deep.equal({});
    expect(probeOf(b).total).to.equal(ROWS.length);
    expect([...new URL(location.href).searchParams.keys()]).to.deep.equal(['a.구']);
  });

  it('names fields with its labels everywhere: chips and the fields widgets read', async () => {
    const { views } = await mountView(
      html`<bdw-view labels="구:구·군, 요일:요일(발생)" filters='{"구":["북구"]}'></bdw-view>`,
    );
    const view = views[0]!;
    await view.updateComplete;
    expect(chips(view)[0]!.getAttribute('aria-label')).to.equal('구·군: 북구 필터 해제');
    const page = await view.engine!.rows({ limit: 1 });
    expect(page.fields.find((f) => f.id === '구')?.label).to.equal('구·군');
    view.labels = '구:자치구';
    await view.updateComplete;
    expect(chips(view)[0]!.getAttribute('aria-label')).to.equal('자치구: 북구 필터 해제');
  });

  it('speaks English with lang="en"', async () => {
    const { views } = await mountView(html`<bdw-view lang="en" filters='{"구":["사상구"],"요일":["토"]}'></bdw-view>`);
    await views[0]!.updateComplete;
    expect(chips(views[0]!)[0]!.getAttribute('aria-label')).to.equal('Remove filter 구: 사상구');
    expect(chips(views[0]!).at(-1)!.textContent!.trim()).to.equal('Clear all');
  });

  it('finds a widget that connected before the view was defined', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<bdw-late-view><probe-rows></probe-rows></bdw-late-view>';
    document.body.append(host);
    const { BdwView: ViewClass } = await import('../../src/view/BdwView.js');
    defineElement('bdw-late-view', class extends ViewClass {});
    const view = host.firstElementChild as BdwView;
    view.rows = ROWS;
    await waitUntil(() => probeOf(view).total === ROWS.length, 'the early widget never found its view', {
      timeout: 5000,
    });
    host.remove();
  });
});
