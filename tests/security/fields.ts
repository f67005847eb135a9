import type { MountSpec } from '../support/page-helpers.js';

/**
 * Builds, for one untrusted string, data that carries it in every text field a widget shows: dataset
 * titles/notes/organisations/groups/tags/formats/licences, market listings, council meetings, chart headers and
 * cells, map properties. URL fields get script URLs. Each builder returns the files to serve and the widgets to mount.
 */

export interface Case {
  files: Record<string, { body: string; type: string }>;
  specs: MountSpec[];
}

const SCRIPT_URL = 'javascript:alert(1)';

export function dataset(p: string, i: number): Record<string, unknown> {
  return {
    id: `id-${i}-${p}`,
    name: p,
    title: p,
    notes: `${p}\n\n**${p}**`,
    url: SCRIPT_URL,
    author: p,
    maintainer: p,
    license_id: p,
    license_title: p,
    license_url: SCRIPT_URL,
    metadata_created: '2024-01-01T00:00:00',
    metadata_modified: '2025-01-01T00:00:00',
    organization: { id: p, name: p, title: p, description: p, image_url: SCRIPT_URL },
    groups: [{ id: p, name: p, title: p, display_name: p }],
    tags: [{ name: p, display_name: p }],
    resources: [{ id: `r${i}`, name: p, description: p, format: p, url: SCRIPT_URL }],
    extras: [{ key: p, value: p }],
    tracking_summary: { total: 1, recent: 1 },
  };
}

export function listing(p: string): Record<string, unknown> {
  return {
    id: p,
    title: p,
    provider: { name: p, type: p, logoUrl: SCRIPT_URL, url: SCRIPT_URL },
    category: p,
    summary: p,
    price: { model: 'usage', amount: 5000, period: 'month', unit: p },
    license: p,
    formats: [p, 'CSV'],
    delivery: [p, 'api'],
    updateFrequency: p,
    coverage: { period: p, region: p },
    volume: p,
    sampleAvailable: true,
    rating: 4.5,
    reviewCount: 3,
    updated: '2025-01-01T00:00:00+09:00',
    tags: [p],
    isSample: true,
  };
}

export function meeting(p: string, id = p): Record<string, unknown> {
  const item = (order: number, start: string, end: string) => ({
    order,
    start,
    end,
    durationMinutes: null,
    title: p,
    presenter: p,
    remarks: p,
    documents: [
      { title: p, url: SCRIPT_URL },
      { title: p, url: p },
    ],
  });
  return {
    id,
    name: p,
    start: '2025-05-23T14:00:00+09:00',
    end: '2025-05-23T16:00:00+09:00',
    timeZone: 'Asia/Seoul',
    status: 'confirmed',
    attendanceMode: 'mixed',
    streamUrl: SCRIPT_URL,
    location: { name: p, room: p, address: p, capacity: 80 },
    organizer: p,
    expectedParticipants: 50,
    purpose: [p, p],
    agenda: [
      item(1, '2025-05-23T14:00:00+09:00', '2025-05-23T14:30:00+09:00'),
      item(2, '2025-05-23T14:30:00+09:00', '2025-05-23T16:00:00+09:00'),
    ],
  };
}

const csvField = (text: string) => `"${text.replace(/"/g, '""')}"`;

export function geojson(p: string): Record<string, unknown> {
  const props = { name: p, [p]: p, 설명: p, value: 3 };
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [129.07, 35.17] } },
      {
        type: 'Feature',
        properties: { ...props, value: 5 },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [129.0, 35.1],
              [129.1, 35.1],
              [129.1, 35.2],
              [129.0, 35.1],
            ],
          ],
        },
      },
    ],
  };
}

/** Every widget, every text field, for payload `p` (number `i`). */
export function widgetsFor(p: string, i: number): Case {
  const files: Case['files'] = {
    [`/files/ds-${i}.json`]: {
      type: 'application/json',
      body: JSON.stringify({ datasets: [dataset(p, i), dataset('부산 공영주차장 현황', i + 100_000)] }),
    },
    [`/files/ml-${i}.json`]: { type: 'application/json', body: JSON.stringify({ listings: [listing(p)] }) },
    [`/files/cv-${i}.csv`]: {
      type: 'text/csv; charset=utf-8',
      body: `${csvField(p)},${csvField(`${p}2`)},값\r\n${csvField(p)},${csvField(p)},1\r\nb,${csvField(p)},2\r\n`,
    },
  };
  const rows = [
    { [p]: p, S: p, 값: 1 },
    { [p]: 'b', S: 'c', 값: 2 },
  ];
  const specs: MountSpec[] = [
    {
      tag: 'bdw-dataset-search',
      attrs: {
        src: `/files/ds-${i}.json`,
        q: p,
        debounce: '0',
        facets: 'organization,groups,res_format,tags,license_id',
        'href-template': '/dataset/{name}',
        'json-ld': '',
      },
    },
    {
      tag: 'bdw-market-card',
      attrs: { variant: 'full', href: '/market/{id}', 'json-ld': '' },
      props: { listing: listing(p) },
    },
    { tag: 'bdw-market-list', attrs: { src: `/files/ml-${i}.json`, 'card-href': '/market/{id}', 'json-ld': '' } },
    {
      tag: 'bdw-council-agenda',
      attrs: { jsonld: '', now: '2025-05-23T14:40:00+09:00' },
      props: { meeting: meeting(p) },
    },
    {
      tag: 'bdw-council-agenda',
      attrs: { jsonld: '', now: '2025-05-20T09:00:00+09:00', mode: 'list' },
      props: { meetings: [meeting(p, 'a'), { ...meeting(p, 'b'), start: '2024-11-01T14:00:00+09:00', end: null }] },
      interact: true,
    },
    {
      tag: 'bdw-chart-viewer',
      attrs: { x: p, y: '값', series: 'S', label: p, unit: p, controls: '' },
      props: { rows },
    },
    { tag: 'bdw-chart-viewer', attrs: { x: p, y: '값', label: p, view: 'table' }, props: { rows } },
    { tag: 'bdw-chart-viewer', attrs: { src: `/files/cv-${i}.csv`, delimiter: ',', view: 'table', controls: '' } },
    {
      tag: 'bdw-data-map',
      attrs: { attribution: p, label: p, 'value-field': 'value' },
      props: { layers: [{ id: 'l', title: p, data: geojson(p), cluster: false, valueField: 'value' }] },
      interact: true,
    },
  ];
  return { files, specs };
}
