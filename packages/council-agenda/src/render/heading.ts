import { html, type TemplateResult } from 'lit';

/** Clamps a heading level to 1…6 (the page decides where the widget sits in its outline). */
export function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.round(Number(level) || 2)));
}

/** `<hN>` with a level chosen at run time from a fixed set of tags (never from data). */
export function heading(level: number, className: string, part: string, content: unknown): TemplateResult {
  switch (clampLevel(level)) {
    case 1:
      return html`<h1 class=${className} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part}>${content}</h5>`;
    default:
      return html`<h6 class=${className} part=${part}>${content}</h6>`;
  }
}
