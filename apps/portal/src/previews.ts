import type { Dataset } from '@bdw/core';

/** Chart and map sections for a dataset's tabular and geographic resources (filled in as those widgets land). */
export function previewFor(_dataset: Dataset, _lang: 'ko' | 'en'): HTMLElement[] {
  return [];
}
