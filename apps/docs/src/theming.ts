import { darkTokens, lightTokens } from '@bdw/core';
import { fillCode } from './layout.js';
import { elements } from './manifest.js';
import { snippets } from './snippets.js';
import { cell, table } from './tables.js';

fillCode(snippets);

const body = document.querySelector('#tokens tbody')!;
for (const [name, light] of Object.entries(lightTokens)) {
  const dark = (darkTokens as Record<string, string | undefined>)[name] ?? '—';
  const row = document.createElement('tr');
  const swatch = (value: string) => {
    const td = cell(value);
    if (/^#[0-9a-f]{3,8}$/i.test(value)) {
      const chip = document.createElement('span');
      chip.className = 'swatch';
      chip.style.background = value;
      td.prepend(chip);
    }
    return td;
  };
  row.append(cell(`--bdw-${name}`, 'code'), swatch(light), swatch(dark));
  body.append(row);
}

const parts = document.getElementById('parts')!;
for (const element of elements) {
  const section = document.createElement('section');
  const heading = document.createElement('h3');
  heading.textContent = `<${element.tagName}>`;
  section.append(heading);
  if (element.cssParts?.length)
    section.append(
      table(
        ['part', '설명'],
        element.cssParts.map((p) => [p.name, p.description ?? '']),
      ),
    );
  if (element.cssProperties?.length) {
    section.append(
      table(
        ['custom property', '설명'],
        element.cssProperties.map((p) => [p.name, p.description ?? '']),
      ),
    );
  }
  parts.append(section);
}
