import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { LayerSpec } from '../src/layers.js';
import '../src/bdw-data-map.js';

// The real 2020 fatal-accident table (apps/catalog-api/data/files, see its SOURCES.md), served by Storybook as ./files/.
const ACCIDENTS = './files/busan_fatal_traffic_accidents_2020.csv';
const POINTS = 60_000;

/**
 * A large point file made in the browser from the real table: each of its 100 rows repeated with its position moved by
 * up to ~2 km (a fixed PRNG) and a numbered name; served to the map as a Blob URL, as a file of a few MB.
 */
async function largeFile(count = POINTS): Promise<string> {
  const text = await (await fetch(ACCIDENTS)).text();
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const columns = header!.split(',');
  const lat = columns.indexOf('위도');
  const lon = columns.indexOf('경도');
  const type = columns.indexOf('사고유형');
  const rows = lines.map((line) => line.split(','));
  let state = 7;
  const random = () => ((state = (state * 16807) % 2147483647) - 1) / 2147483646;
  const out = ['이름,사고유형,위도,경도'];
  for (let i = 0; i < count; i++) {
    const row = rows[i % rows.length]!;
    const y = Number(row[lat]) + (random() - 0.5) * 0.04;
    const x = Number(row[lon]) + (random() - 0.5) * 0.04;
    out.push(`사고 ${i + 1},${row[type] ?? ''},${y.toFixed(6)},${x.toFixed(6)}`);
  }
  return URL.createObjectURL(new Blob([out.join('\n')], { type: 'text/csv' }));
}

/**
 * Layers far larger than Busan's 100 accidents: the file is fetched, parsed and clustered in the map's worker, and
 * the page only draws what is in view. 60,000 points here, generated from the real accident table.
 */
const meta: Meta<{ cluster: boolean }> = {
  title: 'Widgets/bdw-data-map/Large layers',
  component: 'bdw-data-map',
  loaders: [async () => ({ src: await largeFile() })],
  render: ({ cluster }, { loaded, globals }) => {
    const layers: LayerSpec[] = [
      {
        id: 'large',
        title: `사고 지점 (${POINTS.toLocaleString('ko-KR')}건, 생성)`,
        src: loaded['src'] as string,
        cluster,
      },
    ];
    return html`<bdw-data-map theme=${globals['theme'] ?? 'light'} .layers=${layers}></bdw-data-map>`;
  },
};
export default meta;

type Story = StoryObj<{ cluster: boolean }>;

/** Clustered (the default): counts in Korean units (1.9천, 1.2만); choosing a cluster zooms in. */
export const Clustered: Story = { args: { cluster: true } };

/** Unclustered: the worker draws the points of the view on a canvas; a click opens the point under it. */
export const Unclustered: Story = { args: { cluster: false } };
