import { baseStyles, stateStyles, token } from '@bdw/core';
import { css } from 'lit';

const accent = css`var(--bdw-council-agenda-accent, ${token('color-primary')})`;
const cancelled = css`var(--bdw-council-agenda-cancelled-color, ${token('color-danger')})`;
const current = css`var(--bdw-council-agenda-current-background, ${token('color-highlight')})`;
const timeWidth = css`var(--bdw-council-agenda-time-width, 8.5em)`;

export const councilAgendaStyles = [
  baseStyles,
  stateStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .meeting,
    .item {
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius-md')};
      background: ${token('color-surface')};
      color: ${token('color-text')};
    }
    .meeting {
      display: grid;
      gap: ${token('space-4')};
      padding: ${token('space-4')} ${token('space-4')} ${token('space-6')};
    }
    .meeting--cancelled,
    .item--cancelled {
      border: 2px solid ${cancelled};
    }
    .meeting__header {
      display: grid;
      gap: ${token('space-2')};
    }
    .meeting__title,
    .item__title {
      margin: 0;
      font-size: ${token('font-size-xl')};
      line-height: 1.35;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      line-clamp: 3;
      overflow: hidden;
      overflow-wrap: anywhere;
    }
    .agenda__title,
    td,
    dd {
      overflow-wrap: anywhere;
    }
    .item__title {
      font-size: ${token('font-size-lg')};
    }
    .section-title {
      margin: 0 0 ${token('space-2')};
      font-size: ${token('font-size-lg')};
    }
    a {
      color: ${token('color-primary')};
    }

    /* Status: always a word, a border and an icon-free badge; colour only reinforces it. */
    .badge {
      display: inline-block;
      padding: 0 ${token('space-2')};
      border-radius: ${token('radius-sm')};
      font-size: ${token('font-size-sm')};
      font-weight: 700;
      line-height: 1.8;
      white-space: nowrap;
      color: ${token('color-on-primary')};
      background: ${accent};
    }
    .badge--cancelled {
      background: ${cancelled};
    }
    .badge--postponed,
    .badge--tentative,
    .badge--unscheduled {
      background: ${token('color-warning')};
    }
    .badge--in-progress {
      background: ${token('color-success')};
    }
    .badge--ended {
      color: ${token('color-text')};
      background: ${token('color-surface-alt')};
      border: 1px solid ${token('color-border')};
    }
    .banner {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')};
      margin: 0;
      padding: ${token('space-2')} ${token('space-3')};
      border-left: 4px solid ${token('color-warning')};
      background: ${token('color-surface-alt')};
      font-weight: 700;
    }
    .banner--cancelled {
      border-left-color: ${cancelled};
      background: ${token('color-danger-surface')};
    }
    .when--struck {
      text-decoration: line-through;
      text-decoration-thickness: 2px;
    }

    .facts {
      display: grid;
      gap: ${token('space-2')};
      margin: 0;
    }
    .fact {
      display: grid;
      grid-template-columns: 7em 1fr;
      gap: ${token('space-3')};
    }
    dt {
      font-weight: 700;
      color: ${token('color-text-muted')};
    }
    dd {
      margin: 0;
    }
    .zone,
    .address {
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-sm')};
    }
    .address {
      display: block;
    }
    .stream {
      margin-left: ${token('space-2')};
      font-weight: 700;
    }
    .purpose ul {
      margin: 0;
      padding-left: 1.25em;
    }

    .live {
      display: grid;
      gap: ${token('space-2')};
      padding: ${token('space-3')};
      border-left: 4px solid ${accent};
      border-radius: ${token('radius-sm')};
      background: ${token('color-surface-alt')};
    }
    .live--in-progress {
      border-left-color: ${token('color-success')};
    }
    .live--cancelled {
      border-left-color: ${cancelled};
    }
    .live p {
      margin: 0;
    }
    .live__status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')};
    }
    .meter {
      display: grid;
      grid-template-columns: minmax(8em, auto) 1fr 3.5em;
      align-items: center;
      gap: ${token('space-2')};
      font-size: ${token('font-size-sm')};
    }
    progress {
      width: 100%;
      height: 0.75rem;
      accent-color: ${token('color-success')};
    }

    .agenda {
      width: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    .agenda th,
    .agenda td {
      padding: ${token('space-2')} ${token('space-3')};
      border-bottom: 1px solid ${token('color-border')};
      text-align: left;
      vertical-align: top;
    }
    .agenda thead th {
      font-size: ${token('font-size-sm')};
      color: ${token('color-text-muted')};
      border-bottom-width: 2px;
    }
    .agenda tbody th {
      font-weight: 400;
    }
    .agenda__time {
      width: ${timeWidth};
      white-space: nowrap;
    }
    .agenda__row--current {
      background: ${current};
      box-shadow: inset 4px 0 0 ${token('color-success')};
    }
    .agenda__row--current th {
      font-weight: 700;
    }
    .agenda__row--done {
      color: ${token('color-text-muted')};
    }
    .now-label {
      display: block;
      font-size: ${token('font-size-xs')};
    }
    .documents {
      margin: ${token('space-1')} 0 0;
      padding-left: 1.25em;
      font-size: ${token('font-size-sm')};
    }

    .actions,
    .item__actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-2')};
    }
    .button--secondary {
      background: ${token('color-surface')};
      color: ${token('color-primary')};
    }
    .button--secondary:hover {
      background: ${token('color-surface-alt')};
    }

    .list {
      display: grid;
      gap: ${token('space-6')};
    }
    .items {
      display: grid;
      gap: ${token('space-3')};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      display: grid;
      gap: ${token('space-2')};
      padding: ${token('space-3')} ${token('space-4')};
    }
    .item__badges {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${token('space-2')};
      margin: 0;
    }
    .item__place {
      color: ${token('color-text-muted')};
    }
    .list__none {
      margin: 0;
      color: ${token('color-text-muted')};
    }

    /* Words stay whole in the agenda (keep-all from the host); only a word longer than its cell breaks. */
    .agenda td,
    .agenda th {
      overflow-wrap: break-word;
    }
    @container (max-width: 30rem) {
      /* Narrow: one block per agenda item (time, title, then labelled presenter and remarks), never per syllable. */
      .agenda,
      .agenda tbody,
      .agenda tr,
      .agenda tbody th,
      .agenda td {
        display: block;
      }
      .agenda thead {
        position: absolute;
        clip-path: inset(50%);
      }
      .agenda tr {
        padding-block: ${token('space-2')};
        border-bottom: 1px solid ${token('color-border')};
      }
      .agenda tbody th,
      .agenda tbody td {
        border: 0;
        padding-block: 0;
        padding-inline: 0;
      }
      .agenda td[data-label]::before {
        content: attr(data-label) ': ';
        font-weight: 700;
      }
      .fact {
        grid-template-columns: 1fr;
        gap: 0;
      }
      .agenda th,
      .agenda td {
        padding: ${token('space-2')};
        font-size: ${token('font-size-sm')};
      }
      .meter {
        grid-template-columns: 1fr 3em;
      }
      .meter label {
        grid-column: 1 / -1;
      }
    }

    @media print {
      :host {
        /* important, as the base text colour is (see baseStyles) */
        color: #000 !important;
        background: #fff;
      }
      .meeting,
      .item {
        border-color: #000;
        background: #fff;
        color: #000;
      }
      .actions,
      .item__actions,
      .meter,
      .live__when,
      .state button {
        display: none !important;
      }
      .badge,
      .banner,
      .live {
        border: 1px solid #000;
        background: #fff;
        color: #000;
      }
      .agenda__row--current {
        background: none;
        box-shadow: none;
      }
      .agenda tr,
      .item,
      .fact {
        break-inside: avoid;
      }
      .agenda thead {
        display: table-header-group;
      }
      a[href]::after {
        content: ' (' attr(href) ')';
        font-size: 0.85em;
      }
    }
  `,
];
