import './layout.js';
import { elements } from './manifest.js';
import { table } from './tables.js';

const toc = document.getElementById('toc')!;
const reference = document.getElementById('reference')!;

for (const element of elements) {
  const id = element.tagName;
  const link = Object.assign(document.createElement('a'), { href: `#${id}`, textContent: `<${element.tagName}>` });
  const li = document.createElement('li');
  li.append(link, ` — ${element.summary ?? ''} (${element.package})`);
  toc.append(li);

  const section = document.createElement('section');
  section.className = 'element';
  section.id = id;
  const h2 = document.createElement('h2');
  h2.textContent = `<${element.tagName}>`;
  const pkg = document.createElement('p');
  pkg.textContent = `${element.package} · ${element.name}`;
  const description = document.createElement('p');
  description.textContent = element.description ?? element.summary ?? '';
  section.append(h2, pkg, description);
  const add = (title: string, headings: string[], rows: string[][]) => {
    if (!rows.length) return;
    const h3 = document.createElement('h3');
    h3.textContent = title;
    section.append(h3, table(headings, rows));
  };
  add(
    'Attributes',
    ['attribute', 'property', 'type', 'default', 'description'],
    (element.attributes ?? []).map((a) => [
      a.name,
      a.fieldName ?? '',
      a.type?.text ?? '',
      a.default ?? '',
      a.description ?? '',
    ]),
  );
  add(
    'Properties (no attribute)',
    ['property', 'type', 'description'],
    (element.members ?? [])
      .filter(
        (m) =>
          m.kind === 'field' &&
          !m.privacy &&
          !m.static &&
          !(element.attributes ?? []).some((a) => a.fieldName === m.name),
      )
      .map((m) => [m.name, m.type?.text ?? '', m.description ?? '']),
  );
  add(
    'Events',
    ['event', 'detail', 'description'],
    (element.events ?? []).filter((e) => e.name).map((e) => [e.name, e.type?.text ?? '', e.description ?? '']),
  );
  add(
    'Slots',
    ['slot', 'description'],
    (element.slots ?? []).map((s) => [s.name || '(default)', s.description ?? '']),
  );
  add(
    'CSS parts',
    ['part', 'description'],
    (element.cssParts ?? []).map((p) => [p.name, p.description ?? '']),
  );
  add(
    'CSS custom properties',
    ['property', 'description'],
    (element.cssProperties ?? []).map((p) => [p.name, p.description ?? '']),
  );
  reference.append(section);
}
