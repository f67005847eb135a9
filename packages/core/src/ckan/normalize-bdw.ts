import type { AgendaItem, AttendanceMode, MarketListing, Meeting, MeetingStatus, Price, PriceModel } from '../model.js';
import { isRecord } from './normalize.js';

/**
 * Normalisation of the Big-Data Wave extension actions (`bdw_market_*`, `bdw_meeting_*`),
 * which answer in the model's own shape. Untrusted all the same: unknown enum values
 * fall back to safe defaults and missing fields become null/empty, never `undefined`.
 */

type Raw = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const numOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

const PRICE_MODELS: readonly PriceModel[] = ['free', 'negotiation', 'subscription', 'one-off', 'usage'];
const STATUSES: readonly MeetingStatus[] = ['tentative', 'confirmed', 'cancelled', 'postponed', 'passed'];
const MODES: readonly AttendanceMode[] = ['offline', 'online', 'mixed'];

function normalizePrice(raw: unknown): Price {
  const r = isRecord(raw) ? raw : {};
  const model = oneOf(r['model'], PRICE_MODELS, 'negotiation');
  const period = r['period'] === 'month' || r['period'] === 'year' ? r['period'] : null;
  return { model, amount: numOrNull(r['amount']), period, unit: strOrNull(r['unit']) };
}

export function normalizeListing(raw: unknown): MarketListing {
  const r: Raw = isRecord(raw) ? raw : {};
  const provider = isRecord(r['provider']) ? r['provider'] : {};
  const coverage = isRecord(r['coverage']) ? r['coverage'] : {};
  return {
    id: str(r['id']),
    title: str(r['title']),
    provider: {
      name: str(provider['name']),
      type: provider['type'] === 'public' ? 'public' : 'company',
      logoUrl: strOrNull(provider['logoUrl']),
      url: strOrNull(provider['url']),
    },
    category: str(r['category']),
    summary: str(r['summary']),
    price: normalizePrice(r['price']),
    license: str(r['license']),
    formats: strings(r['formats']),
    delivery: strings(r['delivery']),
    updateFrequency: str(r['updateFrequency']),
    coverage: { period: strOrNull(coverage['period']), region: strOrNull(coverage['region']) },
    volume: strOrNull(r['volume']),
    sampleAvailable: r['sampleAvailable'] === true,
    rating: numOrNull(r['rating']),
    reviewCount: numOrNull(r['reviewCount']),
    updated: strOrNull(r['updated']),
    tags: strings(r['tags']),
    isSample: r['isSample'] === true,
  };
}

function normalizeAgendaItem(raw: unknown, index: number): AgendaItem {
  const r: Raw = isRecord(raw) ? raw : {};
  return {
    order: numOrNull(r['order']) ?? index + 1,
    start: strOrNull(r['start']),
    end: strOrNull(r['end']),
    durationMinutes: numOrNull(r['durationMinutes']),
    title: str(r['title']),
    presenter: strOrNull(r['presenter']),
    remarks: strOrNull(r['remarks']),
    documents: (Array.isArray(r['documents']) ? r['documents'] : []).filter(isRecord).map((d) => ({
      title: str(d['title']),
      url: str(d['url']),
    })),
  };
}

export function normalizeMeeting(raw: unknown): Meeting {
  const r: Raw = isRecord(raw) ? raw : {};
  const location = isRecord(r['location']) ? r['location'] : null;
  return {
    id: str(r['id']),
    name: str(r['name']),
    start: str(r['start']),
    end: strOrNull(r['end']),
    timeZone: str(r['timeZone']) || 'Asia/Seoul',
    status: oneOf(r['status'], STATUSES, 'confirmed'),
    attendanceMode: oneOf(r['attendanceMode'], MODES, 'offline'),
    streamUrl: strOrNull(r['streamUrl']),
    location: location && {
      name: str(location['name']),
      room: strOrNull(location['room']),
      address: strOrNull(location['address']),
      capacity: numOrNull(location['capacity']),
    },
    organizer: str(r['organizer']),
    expectedParticipants: numOrNull(r['expectedParticipants']),
    purpose: strings(r['purpose']),
    agenda: (Array.isArray(r['agenda']) ? r['agenda'] : []).map(normalizeAgendaItem),
  };
}
