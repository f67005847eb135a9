import './layout.js';
import { cdnUrl, createEmbed, embedSnippet, presets } from './embed-snippet.js';
import { elements, type Attribute } from './manifest.js';

const origin = location.origin;
const PRESETS = presets(origin);
/** Every widget and `<bdw-catalog>`: the ones the CDN bundle defines. */
const widgets = elements.filter((e) => e.tagName in PRESETS);
const select = document.getElementById('widget') as HTMLSelectElement;
const fieldset = document.getElementById('attributes')!;
const snippet = document.querySelector('#snippet code')!;
const preview = document.getElementById('preview')!;
/** The preview loads the very bundle the snippet does (each widget then loads when it appears). */
const bundle = import(/* @vite-ignore */ cdnUrl(origin));

for (const widget of widgets)
  select.append(new Option(`<${widget.tagName}> — ${widget.summary ?? ''}`, widget.tagName));

const literals = (type: string) => [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]!);

function control(attribute: Attribute, value: string | undefined): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(attribute.name);
  const type = attribute.type?.text ?? 'string';
  let input: HTMLInputElement | HTMLSelectElement;
  if (type === 'boolean') {
    input = Object.assign(document.createElement('input'), { type: 'checkbox', checked: value !== undefined });
  } else if (literals(type).length > 1) {
    input = document.createElement('select');
    input.append(new Option('(기본값)', ''), ...literals(type).map((v) => new Option(v, v, false, v === value)));
  } else {
    const kind = type === 'number' ? 'number' : 'text';
    input = Object.assign(document.createElement('input'), { type: kind, value: value ?? '' });
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
  const options = { tag: select.value, attributes: values(), origin };
  snippet.textContent = embedSnippet(options);
  try {
    await bundle;
  } catch {
    preview.textContent = `미리 보기: ${cdnUrl(origin)}을(를) 불러오지 못했습니다. npm start로 띄운 게이트웨이에서 여세요.`;
    return;
  }
  preview.replaceChildren(createEmbed(options));
}

function build(): void {
  const widget = widgets.find((w) => w.tagName === select.value)!;
  const preset = PRESETS[widget.tagName] ?? {};
  fieldset.replaceChildren(
    Object.assign(document.createElement('legend'), { textContent: '속성' }),
    ...(widget.attributes ?? []).filter((a) => a.name !== 'theme').map((a) => control(a, preset[a.name])),
  );
  void render();
}

// The search first: what most institutions embed.
select.value = 'bdw-dataset-search';
select.addEventListener('change', build);
fieldset.addEventListener('change', () => void render());
document.getElementById('copy')!.addEventListener('click', async () => {
  await navigator.clipboard?.writeText(snippet.textContent ?? '').catch(() => {});
  document.getElementById('copied')!.textContent = '복사했습니다.';
});
build();
