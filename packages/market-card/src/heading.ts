import { html, type TemplateResult } from 'lit';

/** Clamps a heading level to h2–h6: a widget never takes the page's h1. */
export function clampLevel(level: number): number {
  return Math.min(6, Math.max(2, Math.round(Number.isFinite(level) ? level : 3)));
}

/** A real `<hN>` (not `role="heading"`), so outlines and reader modes see it. */
export function renderHeading(
  level: number,
  content: unknown,
  { id, className, part }: { id: string; className: string; part?: string },
): TemplateResult {
  const p = part ?? '';
  switch (clampLevel(level)) {
    case 2:
      return html`<h2 id=${id} class=${className} part=${p}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className} part=${p}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} part=${p}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} part=${p}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${className} part=${p}>${content}</h6>`;
  }
}
