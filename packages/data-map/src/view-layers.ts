import { selectedValues, type ViewFilters } from '@bdw/core/data';
import type { Classification } from './classify.js';
import type { LoadedLayer } from './layers.js';
import {
  countsByFeature,
  joinViewKeys,
  selectedFeatures,
  viewChoropleth,
  type JoinedKeys,
  type ViewJoin,
} from './view-join.js';
import type { ViewCounts } from './ViewLayersController.js';

/** The joined layer last computed, with what it was computed from. */
export interface JoinedMemo {
  base: LoadedLayer;
  counts: ViewCounts;
  keys: JoinedKeys;
  inputs: string;
  layer: LoadedLayer;
}

export interface JoinInput {
  join: ViewJoin | null;
  /** The view's counts, or `null` outside a view (and before the first answer). */
  counts: ViewCounts | null;
  filters: ViewFilters;
  valueLabel: string;
  classification: Classification;
  classes: number;
}

/**
 * The map's polygon layer (the first layer that is not points) with the view's row counts as its choropleth and the
 * view's selection, or `null` when there is no join, no polygon layer or no answer for this join yet. The previous
 * result is returned as it is while nothing it depends on changed (the map then leaves its paths alone).
 */
export function joinedLayer(
  memo: JoinedMemo | null,
  layers: readonly LoadedLayer[],
  input: JoinInput,
): JoinedMemo | null {
  const { join, counts } = input;
  if (!join || !counts || counts.join.field !== join.field || counts.join.featureKey !== join.featureKey) return null;
  const base = layers.find((l) => l.kind !== 'points');
  if (!base) return null;
  const kept = selectedValues(input.filters, join.field);
  const inputs = JSON.stringify([[...kept].sort(), input.valueLabel, input.classification, input.classes]);
  if (memo && memo.base === base && memo.counts === counts && memo.inputs === inputs) return memo;
  const keys =
    memo && memo.base === base && memo.counts.domain === counts.domain
      ? memo.keys
      : joinViewKeys(base.collection.features, counts.domain, join);
  const choropleth = viewChoropleth(join, keys, countsByFeature(keys.values, counts.groups), {
    valueLabel: input.valueLabel,
    classification: base.spec.classification ?? input.classification,
    classes: base.spec.classes ?? input.classes,
    features: base.size,
  });
  const layer: LoadedLayer = {
    ...base,
    kind: 'choropleth',
    choropleth,
    view: { field: join.field, values: keys.values, selected: selectedFeatures(keys.values, kept) },
  };
  return { base, counts, keys, inputs, layer };
}
