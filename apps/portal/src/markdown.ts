import { CONTACT_SCHEMES, WEB_SCHEMES, safeUrl } from '@bdw/core';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** CKAN `notes` are Markdown from publishers: rendered, then sanitised (no scripts, handlers or unsafe URLs). */
export function renderMarkdown(target: HTMLElement, markdown: string): void {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  const clean = DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input'] });
  // Sanitised by DOMPurify just above; the only HTML the portal ever writes from data.
  target.innerHTML = clean;
  // Core's URL policy on top of DOMPurify's: links http(s) or mailto, images http(s), as the browser parses them.
  for (const link of target.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = safeUrl(link.getAttribute('href'), { schemes: CONTACT_SCHEMES });
    if (href) link.setAttribute('href', href);
    else link.removeAttribute('href');
    link.rel = 'noopener noreferrer nofollow';
  }
  for (const image of target.querySelectorAll('img[src]')) {
    const src = safeUrl(image.getAttribute('src'), { schemes: WEB_SCHEMES });
    if (src) image.setAttribute('src', src);
    else image.remove();
  }
}
