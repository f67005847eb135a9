import DOMPurify from 'dompurify';
import benchmarks from '../benchmarks.md';
import sizes from '../sizes.md';
import './layout.js';

/** Inserts build-time HTML from the repo's Markdown, sanitised like any HTML the docs did not write by hand. */
function insert(target: Element, html: string): void {
  const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true, USE_PROFILES: { html: true } });
  // The generated page's own h1 gives way to the docs page's heading.
  fragment.querySelector('h1')?.remove();
  for (const table of fragment.querySelectorAll('table')) {
    const wrap = document.createElement('div');
    wrap.className = 'table-scroll';
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', table.querySelector('th')?.textContent ?? 'table');
    table.replaceWith(wrap);
    wrap.append(table);
  }
  target.replaceChildren(fragment);
}

insert(document.getElementById('benchmarks')!, benchmarks);
insert(document.getElementById('sizes')!, sizes);
