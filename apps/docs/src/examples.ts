import './layout.js';
import { elements, type Attribute } from './manifest.js';

/** Widgets the builder can preview, and the module that defines each. */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'bdw-dataset-search': () => import('@bdw/dataset-search/bdw-dataset-search.js'),
  'bdw-market-list': () => import('@bdw/market-card/bdw-market-list.js'),
  'bdw-market-card': () => import('@bdw/market-card/bdw-market-card.js'),
  'bdw-council-agenda': () => import('@bdw/council-agenda/bdw-council-agenda.js'),
  'bdw-chart-viewer': () => import('@bdw/chart-viewer/bdw-chart-viewer.js'),
};
const PRESETS: Record<string, Record<string, string>> = {
  'bdw-dataset-search': { api: '/', q: '주차', 'href-template': '/dataset.html?name={name}' },
  'bdw-market-list': { api: '/', 'page-size': '6' },
  'bdw-market-card': { api: '/', 'listing-id': 'bnk-district-consumption', variant: 'full' },
  'bdw-council-agenda': { api: '/', 'meeting-id': '2025-05-23-inaugural' },
  // Only the resource: what to chart is chosen from the data (a line of 인구수 over 연도 by 성별).
  'bdw-chart-viewer': { api: '/', resource: 'busan-population-by-age-sex-census-1', controls: 'true' },
};

const widgets = elements.filter((e) => e.tagName in LOADERS);
const select = document.getElementById('widget') as HTMLSelectElement;
const fieldset = document.getElementById('attributes')!;
const snippet = document.querySelector('#snippet code')!;
const preview = document.getElementById('preview')!;

for (const widget of widgets)
  select.append(new Option(`<${widget.tagName}> — ${widget.summary ?? ''}`, widget.tagName));

const literals = (type: string) => [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
const quote = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function control(attribute: Attribute, value: string): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(attribute.name);
  const type = attribute.type?.text ?? 'string';
  let input: HTMLInputElement | HTMLSelectElement;
  if (type === 'boolean') {
    input = Object.assign(document.createElement('input'), { type: 'checkbox', checked: value === 'true' });
  } else if (literals(type).length > 1) {
    input = document.createElement('select');
    input.append(new Option('(기본값)', ''), ...literals(type).map((v) => new Option(v, v, false, v === value)));
  } else {
    input = Object.assign(document.createElement('input'), { type: type === 'number' ? 'number' : 'text', value });
  }
  input.name = attribute.name;
  input.title = attribute.description ?? '';
  label.append(input);
  return label;
}

function values(): [string, string][] {
  return [...fieldset.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].flatMap((input) => {
    if (input instanceof HTMLInputElement && input.type === 'checkbox') return input.checked ? [[input.name, '']] : [];
    return input.value ? [[input.name, input.value]] : [];
  });
}

async function render(): Promise<void> {
  const tag = select.value;
  const attrs = values();
  snippet.textContent = `<${tag}${attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${quote(v)}"`)).join('')}></${tag}>`;
  await LOADERS[tag]!();
  const element = document.createElement(tag);
  for (const [name, value] of attrs) element.setAttribute(name, value);
  preview.replaceChildren(element);
}

function build(): void {
  const widget = widgets.find((w) => w.tagName === select.value)!;
  const preset = PRESETS[widget.tagName] ?? {};
  fieldset.replaceChildren(
    Object.assign(document.createElement('legend'), { textContent: '속성' }),
    ...(widget.attributes ?? []).filter((a) => a.name !== 'theme').map((a) => control(a, preset[a.name] ?? '')),
  );
  void render();
}

select.addEventListener('change', build);
fieldset.addEventListener('change', () => void render());
document.getElementById('copy')!.addEventListener('click', async () => {
  await navigator.clipboard?.writeText(snippet.textContent ?? '').catch(() => {});
  document.getElementById('copied')!.textContent = '복사했습니다.';
});
build();
