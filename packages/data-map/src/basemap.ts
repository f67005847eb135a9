import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { BASEMAP_DISTRICTS, BASEMAP_SCALE } from './basemap-data.js';

/** Properties of a district of the offline basemap. */
export interface BaseDistrict {
  code: string;
  name: string;
  nameEng: string;
  /** Where its name is written: [lng, lat]. */
  label: readonly [number, number];
}

const decodeRing = (ring: readonly number[]): [number, number][] => {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < ring.length; i += 2) {
    x += ring[i]!;
    y += ring[i + 1]!;
    out.push([x / BASEMAP_SCALE, y / BASEMAP_SCALE]);
  }
  return out;
};

let decoded: FeatureCollection<MultiPolygon, BaseDistrict> | null = null;

/** The offline basemap's districts (Busan, KOSTAT 2018 boundaries) as GeoJSON, decoded once. */
export function baseDistricts(): FeatureCollection<MultiPolygon, BaseDistrict> {
  decoded ??= {
    type: 'FeatureCollection',
    features: BASEMAP_DISTRICTS.map(({ polygons, ...properties }): Feature<MultiPolygon, BaseDistrict> => ({
      type: 'Feature',
      properties,
      geometry: { type: 'MultiPolygon', coordinates: polygons.map((p) => p.map(decodeRing)) },
    })),
  };
  return decoded;
}

/** A label's box on screen, in container pixels. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Indexes of the labels to show: in the given order (most important first), each one not overlapping those kept. */
export function visibleLabels(boxes: readonly LabelBox[], gap = 4): number[] {
  const kept: number[] = [];
  boxes.forEach((b, i) => {
    const clash = kept.some((k) => {
      const o = boxes[k]!;
      return (
        b.x < o.x + o.width + gap &&
        o.x < b.x + b.width + gap &&
        b.y < o.y + o.height + gap &&
        o.y < b.y + b.height + gap
      );
    });
    if (!clash) kept.push(i);
  });
  return kept;
}
