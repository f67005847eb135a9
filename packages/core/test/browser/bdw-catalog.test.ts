import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { BdwCatalog } from '../../src/BdwCatalog.js';
import '../../src/bdw-catalog.js';
import { CatalogController } from '../../src/catalog/CatalogController.js';
import { CkanClient } from '../../src/ckan/CkanClient.js';
import { defineElement } from '../../src/define.js';
import { LocaleController } from '../../src/i18n/locale.js';
import { baseStyles, stateStyles } from '../../src/styles/shared.js';
import { renderError, renderLoading } from '../../src/states.js';
import { ApiError } from '../../src/ckan/ApiError.js';

/** A minimal widget built the way real widgets are: catalogue + locale controllers. */
class ProbeWidget extends LitElement {
  static override properties = { api: {} };
  static override styles = [baseStyles, stateStyles];
  api: string | undefined;
  catalog = new CatalogController(this);
  locale = new LocaleController(this);
  override render() {
    return litHtml`<p>${this.catalog.client?.actionUrl ?? 'none'} ${this.locale.lang}</p>`;
  }
}
defineElement('probe-widget', ProbeWidget);

const text = (el: Element) => el.shadowRoot!.textContent!.trim();

describe('<bdw-catalog>', () => {
  it('is defined once, even when its define module runs twice', async () => {
    expect(customElements.get('bdw-catalog')).to.equal(BdwCatalog);
    defineElement('bdw-catalog', class extends BdwCatalog {});
    expect(customElements.get('bdw-catalog')).to.equal(BdwCatalog);
  });

  it('gives its client to the widgets inside it, and a new one when api changes', async () => {
    const catalog = await fixture<BdwCatalog>(html`
      <bdw-catalog api="https://data.example.kr"><probe-widget></probe-widget></bdw-catalog>
    `);
    const probe = catalog.querySelector<ProbeWidget>('probe-widget')!;
    await probe.updateComplete;
    expect(catalog.client).to.be.instanceOf(CkanClient);
    expect(text(probe)).to.contain('https://data.example.kr/api/3/action');
    catalog.api = 'https://other.example.kr/api/3';
    await catalog.updateComplete;
    await probe.updateComplete;
    expect(text(probe)).to.contain('https://other.example.kr/api/3/action');
  });

  it("lets a widget's own api win over the catalogue's", async () => {
    const catalog = await fixture<BdwCatalog>(html`
      <bdw-catalog api="https://data.example.kr"><probe-widget api="/local"></probe-widget></bdw-catalog>
    `);
    const probe = catalog.querySelector<ProbeWidget>('probe-widget')!;
    await probe.updateComplete;
    expect(text(probe)).to.contain('/local/api/3/action');
  });

  it('shares one client between widgets of the same api', async () => {
    const catalog = await fixture<BdwCatalog>(html`
      <div>
        <bdw-catalog api="/shared"><probe-widget></probe-widget></bdw-catalog>
        <probe-widget api="/shared"></probe-widget>
      </div>
    `);
    const [inner, outer] = [...catalog.querySelectorAll<ProbeWidget>('probe-widget')];
    expect(inner!.catalog.client).to.equal(outer!.catalog.client);
  });

  it('leaves widgets without a client when no api is set anywhere', async () => {
    const probe = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    expect(probe.catalog.client).to.equal(undefined);
    expect(text(probe)).to.contain('none');
  });

  it('is accessible and renders only its slot', async () => {
    const catalog = await fixture<BdwCatalog>(html`<bdw-catalog api="/"><p>content</p></bdw-catalog>`);
    expect(getComputedStyle(catalog).display).to.equal('contents');
    await expect(catalog).to.be.accessible();
  });
});

describe('LocaleController', () => {
  it('takes the nearest lang, across shadow roots, and follows changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><probe-widget></probe-widget></div>`);
    const probe = wrapper.querySelector<ProbeWidget>('probe-widget')!;
    await probe.updateComplete;
    expect(probe.locale.lang).to.equal('en');
    wrapper.setAttribute('lang', 'ko');
    await new Promise((r) => setTimeout(r));
    await probe.updateComplete;
    expect(probe.locale.lang).to.equal('ko');
    probe.setAttribute('lang', 'en-GB');
    await new Promise((r) => setTimeout(r));
    expect(probe.locale.lang).to.equal('en');
  });

  it('defaults to Korean', async () => {
    const probe = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    expect(probe.locale.lang).to.equal('ko');
  });
});

describe('state blocks', () => {
  it('render an error as an alert with a retry where retrying helps, and stay accessible', async () => {
    let retried = 0;
    const error = new ApiError('x', { kind: 'timeout', action: 'package_search', url: '/' });
    const el = await fixture(html`<div lang="en">${renderError(error, 'en', () => retried++)}</div>`);
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('did not answer in time');
    el.querySelector<HTMLButtonElement>('button')!.click();
    expect(retried).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('offer no retry for a CKAN Not Found, and keep the server’s (hostile) message out of the page', async () => {
    const error = new ApiError('<img src=x onerror="window.__xss=1">', {
      kind: 'ckan',
      action: 'package_show',
      url: '/',
      status: 404,
    });
    const el = await fixture(html`<div>${renderError(error, 'ko', () => {})}</div>`);
    expect(el.querySelector('button')).to.equal(null);
    expect(el.querySelector('img')).to.equal(null);
    // The person reads what failed in their language; the server's text goes to the console only.
    expect(el.textContent).to.contain('요청한 항목을 찾을 수 없습니다.');
    expect(el.textContent).not.to.contain('<img src=x');
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('announce loading politely', async () => {
    const el = await fixture(html`<div>${renderLoading('ko')}</div>`);
    const status = el.querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.contain('불러오는 중');
  });
});

describe('theme tokens', () => {
  it('use the page value of a token and switch defaults in dark mode', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--bdw-color-text: rgb(1, 2, 3)"><probe-widget></probe-widget></div>`,
    );
    const probe = wrapper.querySelector<ProbeWidget>('probe-widget')!;
    expect(getComputedStyle(probe).color).to.equal('rgb(1, 2, 3)');
    const dark = await fixture<ProbeWidget>(html`<probe-widget theme="dark"></probe-widget>`);
    expect(getComputedStyle(dark).color).to.equal('rgb(230, 237, 243)');
    const light = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    expect(getComputedStyle(light).color).to.equal('rgb(27, 31, 36)');
  });
});
