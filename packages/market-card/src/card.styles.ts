import { css } from 'lit';
import { token } from '@bdw/core';

/** `<bdw-market-card>`: one card, three layouts chosen by `variant`; long titles clipped to three lines by layout. */
export const cardStyles = css`
  :host {
    container-type: inline-size;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: ${token('space-3')};
    height: 100%;
    padding: var(--bdw-market-card-padding, ${token('space-4')});
    border: 1px solid var(--bdw-market-card-border-color, ${token('color-border')});
    border-radius: var(--bdw-market-card-radius, ${token('radius-md')});
    background: var(--bdw-market-card-background, ${token('color-surface')});
    color: ${token('color-text')};
  }
  .head {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
    min-width: 0;
  }
  .provider {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }
  .logo {
    flex: none;
    width: var(--bdw-market-card-logo-size, 2rem);
    height: var(--bdw-market-card-logo-size, 2rem);
    border-radius: ${token('radius-sm')};
    object-fit: contain;
    background: ${token('color-surface')};
  }
  .monogram {
    display: inline-grid;
    place-items: center;
    font-weight: 700;
    color: ${token('color-on-primary')};
    background: ${token('color-primary')};
  }
  .provider__name {
    font-weight: 600;
    color: ${token('color-text')};
  }
  .title {
    margin: 0;
    font-size: ${token('font-size-lg')};
    line-height: 1.4;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .title,
  .summary,
  .provider__name,
  .tag {
    overflow-wrap: anywhere;
  }
  .title a {
    color: inherit;
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
    color: ${token('color-primary')};
  }
  .badges,
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-2')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge,
  .tag {
    display: inline-block;
    padding: 0 ${token('space-2')};
    border: 1px solid ${token('color-border')};
    border-radius: 999px;
    font-size: ${token('font-size-xs')};
    line-height: 1.7;
    color: ${token('color-text')};
    background: ${token('color-surface')};
  }
  .badge--public {
    border-color: ${token('color-accent')};
  }
  .badge--sample-label {
    border-style: dashed;
    border-color: ${token('color-warning')};
    color: ${token('color-warning')};
    font-weight: 600;
  }
  .badge--has-sample {
    border-color: ${token('color-success')};
    color: ${token('color-success')};
  }
  .tag {
    border-radius: ${token('radius-sm')};
    color: ${token('color-text-muted')};
  }
  .summary {
    margin: 0;
    color: ${token('color-text')};
  }
  .card--compact .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--bdw-market-card-summary-lines, 3);
    overflow: hidden;
  }
  .price {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${token('space-1')} ${token('space-2')};
    margin: 0;
  }
  .price__model {
    font-size: ${token('font-size-sm')};
    font-weight: 600;
    color: ${token('color-primary')};
  }
  .price--free .price__model {
    color: ${token('color-success')};
  }
  .price--negotiation .price__model {
    color: ${token('color-warning')};
  }
  .price__amount {
    font-size: ${token('font-size-lg')};
    font-weight: 700;
  }
  .price--negotiation .price__amount {
    font-size: ${token('font-size-md')};
    font-weight: 600;
  }
  .rating {
    margin: 0;
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }
  .facts {
    display: grid;
    gap: ${token('space-1')};
    margin: 0;
    font-size: ${token('font-size-sm')};
  }
  .facts div {
    display: grid;
    grid-template-columns: minmax(5rem, max-content) 1fr;
    gap: ${token('space-2')};
  }
  .facts dt {
    color: ${token('color-text-muted')};
  }
  .facts dd {
    margin: 0;
    min-width: 0;
  }
  .card--full .facts div {
    grid-template-columns: minmax(7rem, 12rem) 1fr;
    padding-block: ${token('space-1')};
    border-bottom: 1px solid ${token('color-border')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    margin-top: auto;
  }
  .confirmation {
    margin: 0;
    padding: ${token('space-2')} ${token('space-3')};
    border-inline-start: 4px solid ${token('color-success')};
    background: ${token('color-surface-alt')};
    font-size: ${token('font-size-sm')};
  }
  .confirmation:focus-visible {
    outline: 3px solid ${token('color-focus')};
    outline-offset: 2px;
  }
  .action {
    font: inherit;
    font-size: ${token('font-size-sm')};
    min-height: 44px;
    padding: ${token('space-2')} ${token('space-3')};
    border: 1px solid ${token('color-primary')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-primary')};
    cursor: pointer;
  }
  .action--primary {
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }
  .action:hover {
    border-color: ${token('color-primary-hover')};
  }
  .action--primary:hover {
    background: ${token('color-primary-hover')};
  }
  /* Horizontal: details on the left, price and actions on the right when there is room. */
  .main,
  .side {
    display: flex;
    flex-direction: column;
    gap: ${token('space-3')};
    min-width: 0;
  }
  @container (min-width: 40rem) {
    .card--horizontal {
      display: grid;
      grid-template-columns: 1fr minmax(12rem, 16rem);
      gap: ${token('space-6')};
    }
    .card--horizontal .side {
      padding-left: ${token('space-4')};
      border-left: 1px solid ${token('color-border')};
    }
  }
`;
