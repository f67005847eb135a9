import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** CKAN `notes` are Markdown from publishers: rendered, then sanitised (no scripts, handlers or unsafe URLs). */
export function renderMarkdown(target: HTMLElement, markdown: string): void {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  const clean = DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input'] });
  // Sanitised by DOMPurify just above; the only HTML the portal ever writes from data.
  target.innerHTML = clean;
  for (const link of target.querySelectorAll('a')) link.rel = 'noopener noreferrer nofollow';
}
