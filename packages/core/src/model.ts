/**
 * The data model shared by every widget. Field names are camelCase; the CKAN client
 * normalises CKAN's snake_case responses into these shapes (see `ckan/normalize.ts`).
 */

export interface Organization {
  id: string;
  name: string;
  title: string;
  description: string;
  imageUrl: string | null;
  /** Number of datasets, when the server reports it (`organization_list` with `all_fields`). */
  packageCount: number | null;
}

/** A CKAN group; in this project a dataset category (분류체계). */
export interface Group {
  id: string;
  name: string;
  title: string;
  description: string;
  imageUrl: string | null;
  packageCount: number | null;
}

export interface Tag {
  name: string;
  displayName: string;
  vocabularyId: string | null;
}

export interface License {
  id: string;
  title: string;
  url: string | null;
  isOpen: boolean | null;
}

export interface Resource {
  id: string;
  name: string;
  description: string;
  /** Upper-case format such as `CSV`, `GEOJSON`, `API`; empty when unknown. */
  format: string;
  url: string;
  /** Size in bytes, `null` when the server does not know it. */
  size: number | null;
  mimetype: string | null;
  created: string | null;
  lastModified: string | null;
  /** True when the resource's rows can be read with `datastore_search`. */
  datastoreActive: boolean;
}

export interface Dataset {
  id: string;
  /** URL slug, unique in the catalogue. */
  name: string;
  title: string;
  /** Description as CKAN Markdown (render only through a sanitizer). */
  notes: string;
  /** Source page of the dataset, when the publisher gave one. */
  url: string | null;
  organization: Organization | null;
  groups: Group[];
  tags: Tag[];
  license: License | null;
  resources: Resource[];
  /** ISO 8601 in UTC (`Z`), normalised from CKAN's zone-less timestamps. */
  metadataCreated: string | null;
  metadataModified: string | null;
  author: string;
  maintainer: string;
  version: string;
  /** Total views, when the backend tracks them. */
  views: number | null;
  /** CKAN `extras` as a flat map. */
  extras: Record<string, string>;
}

export interface FacetItem {
  /** The value to filter by. */
  name: string;
  /** The label to show. */
  displayName: string;
  count: number;
}

export interface FacetField {
  /** CKAN field such as `organization`, `groups`, `res_format`, `tags`, `license_id`. */
  field: string;
  title: string;
  items: FacetItem[];
}

/** Friendly sort names; anything else is passed to CKAN verbatim (e.g. `name asc`). */
export type SearchSort = 'relevance' | 'newest' | 'views' | 'title' | (string & {});

export interface SearchQuery {
  /** Free text. */
  q?: string;
  /**
   * Facet filters: field → accepted values. Values of one field are OR-ed,
   * fields are AND-ed: `{ organization: ['a', 'b'], groups: ['x'] }` means
   * (organization a OR b) AND group x.
   */
  filters?: Record<string, readonly string[]>;
  sort?: SearchSort;
  /** 1-based page number. */
  page?: number;
  pageSize?: number;
  /** Facet fields to count; none when omitted. */
  facetFields?: readonly string[];
  /** Most items per facet (CKAN `facet.limit`, default 50). */
  facetLimit?: number;
}

export interface SearchResult {
  /** Total matching datasets. */
  count: number;
  items: Dataset[];
  facets: Record<string, FacetField>;
  /** 1-based page that was asked for. */
  page: number;
  /**
   * Rows per page the server really used. CKAN caps `rows` silently
   * (`ckan.search.rows_max`); pagination must follow this, not the request.
   */
  pageSize: number;
}

export interface DatastoreField {
  id: string;
  /** CKAN datastore type: `text`, `int`, `float8`, `numeric`, `timestamp`, … */
  type: string;
  description: string | null;
  /** The data dictionary's label (`info.label`): what people read instead of the field id. */
  label: string | null;
  /** The data dictionary's description (`info.notes`). */
  notes: string | null;
  /** The data dictionary's type override (`info.type_override`), e.g. `numeric`, `text`. */
  typeOverride: string | null;
}

export interface DatastoreQuery {
  resourceId: string;
  q?: string;
  filters?: Record<string, string | number | boolean>;
  sort?: string;
  limit?: number;
  offset?: number;
  fields?: readonly string[];
}

export interface DatastorePage {
  resourceId: string;
  fields: DatastoreField[];
  records: Record<string, unknown>[];
  /** Total rows, `null` when the server did not count them. */
  total: number | null;
  offset: number;
  /** The limit the server echoed back: the page size it really applied. */
  limit: number;
}

export interface StatusInfo {
  siteTitle: string;
  siteUrl: string;
  ckanVersion: string;
  extensions: string[];
}

/** How a data-market listing is priced. */
export type PriceModel = 'free' | 'negotiation' | 'subscription' | 'one-off' | 'usage';

export interface Price {
  model: PriceModel;
  /** Amount in KRW; absent for `free` and `negotiation`. */
  amount: number | null;
  /** For subscriptions: billing period. */
  period: 'month' | 'year' | null;
  /** For usage-based prices: the unit charged (e.g. `1,000 calls`). */
  unit: string | null;
}

export interface MarketProvider {
  name: string;
  type: 'public' | 'company';
  logoUrl: string | null;
  url: string | null;
}

export interface MarketSearchResult {
  count: number;
  items: MarketListing[];
  facets: Record<string, FacetField>;
  page: number;
  pageSize: number;
}

/** Parameters of `bdw_meeting_list`. */
export interface MeetingQuery {
  /** Only meetings ending at or after this instant (ISO 8601). */
  from?: string;
  /** Only meetings starting before this instant (ISO 8601). */
  to?: string;
  /** `start asc` (default) or `start desc`. */
  sort?: 'start asc' | 'start desc';
  rows?: number;
  /** Language of the meeting texts (the server keeps Korean and English). */
  lang?: 'ko' | 'en';
}

export interface MarketListing {
  id: string;
  title: string;
  provider: MarketProvider;
  category: string;
  summary: string;
  price: Price;
  license: string;
  formats: string[];
  delivery: string[];
  updateFrequency: string;
  coverage: { period: string | null; region: string | null };
  volume: string | null;
  sampleAvailable: boolean;
  rating: number | null;
  reviewCount: number | null;
  /** ISO 8601 date-time. */
  updated: string | null;
  tags: string[];
  /** True for the demonstration listings that ship with the embedded catalogue. */
  isSample: boolean;
}

/** Open Civic Data event status, plus `postponed`. */
export type MeetingStatus = 'tentative' | 'confirmed' | 'cancelled' | 'postponed' | 'passed';
export type AttendanceMode = 'offline' | 'online' | 'mixed';

export interface MeetingLocation {
  name: string;
  room: string | null;
  address: string | null;
  capacity: number | null;
}

export interface AgendaItem {
  order: number;
  /** ISO 8601 with offset, e.g. `2025-05-23T14:00:00+09:00`. */
  start: string | null;
  end: string | null;
  durationMinutes: number | null;
  title: string;
  presenter: string | null;
  remarks: string | null;
  documents: { title: string; url: string }[];
}

export interface Meeting {
  id: string;
  name: string;
  /** ISO 8601 with offset. */
  start: string;
  end: string | null;
  /** IANA zone the meeting is held in; always shown in this zone. */
  timeZone: string;
  status: MeetingStatus;
  attendanceMode: AttendanceMode;
  streamUrl: string | null;
  location: MeetingLocation | null;
  organizer: string;
  expectedParticipants: number | null;
  purpose: string[];
  agenda: AgendaItem[];
}
