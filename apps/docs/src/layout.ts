import './docs.css';

const PAGES = [
  ['index.html', '임베드 가이드'],
  ['theming.html', '테마'],
  ['api.html', 'API 레퍼런스'],
  ['frameworks.html', 'TypeScript · React · Vue'],
  ['examples.html', '예제 · 스니펫 빌더'],
  ['performance.html', '성능 · 크기'],
] as const;

/** The docs' shared header; each page names itself in `data-page`. */
function header(): HTMLElement {
  const current = document.body.dataset['page'];
  const el = document.createElement('header');
  const inner = document.createElement('div');
  inner.className = 'inner';
  const brand = Object.assign(document.createElement('a'), {
    href: '/',
    className: 'brand',
    textContent: 'Big-Data Wave · docs',
  });
  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', '문서');
  nav.style.display = 'contents';
  for (const [file, label] of PAGES) {
    const link = Object.assign(document.createElement('a'), { href: `/docs/${file}`, textContent: label });
    if (file.startsWith(current ?? '-')) link.setAttribute('aria-current', 'page');
    nav.append(link);
  }
  inner.append(
    brand,
    nav,
    Object.assign(document.createElement('a'), { href: '/storybook/', textContent: 'Storybook' }),
  );
  el.append(inner);
  return el;
}

document.body.prepend(header());

/** Fills `<pre data-code="key">` from a map of code strings (as text, so nothing needs escaping). */
export function fillCode(snippets: Record<string, string>): void {
  for (const pre of document.querySelectorAll<HTMLElement>('pre[data-code]')) {
    const code = document.createElement('code');
    code.textContent = snippets[pre.dataset['code']!] ?? '';
    pre.replaceChildren(code);
    // Long lines scroll: keyboard users must reach the scroll area too.
    pre.tabIndex = 0;
  }
}
