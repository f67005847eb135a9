import { css } from 'lit';
import { token } from '@bdw/core';

// Long titles and excerpts are clipped by layout (three lines after `displayText`'s cut), never by scanning them in
// script; the title's text is clamped inside its link or button (a button is one inline box a heading cannot cut).
export const datasetSearchStyles = css`
  :host {
    container-type: inline-size;
    background: ${token('color-surface')};
  }
  .root {
    display: grid;
    gap: ${token('space-4')};
  }
  .search {
    display: flex;
    gap: ${token('space-2')};
  }
  .combobox {
    position: relative;
    flex: 1;
    min-width: 0;
  }
  input[type='search'] {
    font: inherit;
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: ${token('space-2')} ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
  }
  [role='listbox'] {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    top: calc(100% + 2px);
    margin: 0;
    padding: ${token('space-1')} 0;
    list-style: none;
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    box-shadow: ${token('elevation-2')};
  }
  [role='option'] {
    padding: ${token('space-2')} ${token('space-3')};
    cursor: pointer;
  }
  [role='option'].active,
  [role='option']:hover {
    background: ${token('color-surface-alt')};
    outline: 2px solid ${token('color-focus')};
    outline-offset: -2px;
  }
  .layout {
    display: grid;
    gap: ${token('space-6')};
  }
  @container (min-width: 768px) {
    .layout {
      grid-template-columns: var(--bdw-dataset-search-facet-width, 16rem) minmax(0, 1fr);
    }
  }
  .facets {
    display: grid;
    gap: ${token('space-4')};
    align-content: start;
  }
  .facets__fold > summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    padding: 0 ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    font-weight: 700;
    cursor: pointer;
  }
  .facets__fold[open] > summary {
    margin-bottom: ${token('space-3')};
  }
  .facets__fold > summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    padding: 0 ${token('space-3')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    font-weight: 700;
    cursor: pointer;
  }
  .facets__fold[open] > summary {
    margin-bottom: ${token('space-3')};
  }
  .facet {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .facet__title {
    padding: 0;
    margin-bottom: ${token('space-2')};
    font-weight: 700;
  }
  .facet__search {
    margin-bottom: ${token('space-2')};
    min-height: 36px;
  }
  .facet__items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .facet__item {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    gap: ${token('space-2')};
    align-items: baseline;
    padding: ${token('space-1')} 0;
    cursor: pointer;
    font-size: ${token('font-size-sm')};
  }
  .facet__item input {
    width: 18px;
    height: 18px;
    margin: 0;
    align-self: center;
    accent-color: ${token('color-primary')};
  }
  .facet__error {
    padding: ${token('space-2')};
    border-inline-start: 3px solid ${token('color-danger')};
    background: ${token('color-danger-surface')};
    font-size: ${token('font-size-sm')};
  }
  .facet__error p {
    margin: 0;
  }
  .facet__count,
  .facet__none {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-xs')};
  }
  .facet__more,
  .link {
    font: inherit;
    font-size: ${token('font-size-sm')};
    padding: ${token('space-1')} 0;
    border: 0;
    background: none;
    color: ${token('color-primary')};
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    align-items: center;
    margin-bottom: ${token('space-3')};
  }
  .count {
    margin: 0 auto 0 0;
    font-weight: 700;
    font-size: ${token('font-size-lg')};
  }
  .select {
    display: inline-flex;
    gap: ${token('space-2')};
    align-items: center;
    font-size: ${token('font-size-sm')};
  }
  select {
    font: inherit;
    min-height: 36px;
    padding: 0 ${token('space-2')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
  }
  .results {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: ${token('space-3')};
    position: relative;
  }
  /* A running bar while the next results load, and the old results dimmed: they are about to change. */
  .results--busy::before {
    content: '';
    position: absolute;
    inset: calc(-1 * ${token('space-2')}) 0 auto;
    height: 3px;
    border-radius: 2px;
    background: linear-gradient(90deg, transparent, ${token('color-primary')}, transparent);
    background-size: 50% 100%;
    background-repeat: no-repeat;
    animation: bdw-search-progress 1s linear infinite;
  }
  /* Results being replaced are not dimmed: faded text falls under 4.5:1; the bar above and aria-busy say it. */
  @media (prefers-reduced-motion: reduce) {
    .results--busy::before {
      animation: none;
      background: ${token('color-primary')};
    }
  }
  @keyframes bdw-search-progress {
    from {
      background-position: -50% 0;
    }
    to {
      background-position: 150% 0;
    }
  }
  .result {
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
  }
  .result article {
    display: grid;
    gap: ${token('space-2')};
  }
  .result__title-text,
  .result__excerpt {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .result__title {
    margin: 0;
    font-size: var(--bdw-dataset-search-title-size, ${token('font-size-lg')});
    font-weight: 700;
    line-height: 1.4;
  }
  .result__title a,
  .result__title .link {
    color: ${token('color-primary')};
    font-size: inherit;
    font-weight: 700;
    padding: 0;
  }
  .result__meta {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-3')};
    margin: 0;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }
  .result__org {
    color: ${token('color-text')};
  }
  .result__excerpt {
    margin: 0;
    font-size: ${token('font-size-sm')};
  }
  mark {
    background: var(--bdw-dataset-search-highlight, ${token('color-highlight')});
    color: inherit;
    border-radius: 2px;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    font-size: ${token('font-size-xs')};
    font-weight: 700;
    padding: 0 ${token('space-2')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface-alt')};
  }
  .pagination {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')};
    align-items: center;
    justify-content: center;
    margin-top: ${token('space-4')};
  }
  .pagination ul {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .page {
    font: inherit;
    min-width: 44px;
    min-height: 44px;
    padding: 0 ${token('space-2')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-surface')};
    color: ${token('color-text')};
    cursor: pointer;
  }
  .page[aria-current='page'] {
    background: ${token('color-primary')};
    border-color: ${token('color-primary')};
    color: ${token('color-on-primary')};
    font-weight: 700;
  }
  .page:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .page-gap {
    padding: 0 ${token('space-1')};
    color: ${token('color-text-muted')};
  }
  .skeletons {
    display: grid;
    gap: ${token('space-3')};
  }
  .skeleton-item {
    display: grid;
    gap: ${token('space-2')};
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-md')};
  }
  .skeleton--title {
    height: 1.4em;
    width: 60%;
  }
  .skeleton--line {
    height: 0.9em;
  }
  .skeleton--short {
    width: 40%;
  }
  .similar {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    align-items: baseline;
    margin: 0;
  }
`;
