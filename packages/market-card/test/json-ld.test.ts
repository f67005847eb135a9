import { describe, expect, it } from 'vitest';
import { jsonLdText, listingJsonLd, listingsJsonLd } from '../src/json-ld.js';
import { complete, hostile, minimal, prices } from './fixtures.js';

describe('listingJsonLd', () => {
  it('describes a listing as a schema.org Product with a KRW Offer', () => {
    expect(listingJsonLd(complete, { url: 'https://portal.kr/market/1' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      productID: complete.id,
      name: complete.title,
      description: complete.summary,
      category: '소비·상권',
      url: 'https://portal.kr/market/1',
      brand: { '@type': 'Organization', name: 'BNK부산은행', url: 'https://www.busanbank.co.kr/' },
      keywords: '카드소비, 지역경제',
      offers: {
        '@type': 'Offer',
        priceCurrency: 'KRW',
        price: 1_200_000,
        priceSpecification: {
          '@type': 'UnitPriceSpecification',
          price: 1_200_000,
          priceCurrency: 'KRW',
          referenceQuantity: { '@type': 'QuantitativeValue', value: 1, unitCode: 'MON' },
        },
      },
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.6, bestRating: 5, reviewCount: 23 },
    });
  });

  it('states only what each price model states', () => {
    const offer = (model: keyof typeof prices) => listingJsonLd({ ...complete, price: prices[model] })['offers'];
    expect(offer('free')).toEqual({ '@type': 'Offer', priceCurrency: 'KRW', price: 0 });
    expect(offer('negotiation')).toBeUndefined();
    expect(offer('one-off')).toEqual({ '@type': 'Offer', priceCurrency: 'KRW', price: 3_000_000 });
    expect(offer('usage')).toMatchObject({ price: 5_000, priceSpecification: { unitText: '1,000건 호출' } });
    expect(listingJsonLd({ ...complete, price: { ...prices['one-off'], amount: null } })['offers']).toEqual({
      '@type': 'Offer',
      priceCurrency: 'KRW',
    });
  });

  it('leaves out missing fields, ratings without reviews and unsafe addresses', () => {
    expect(listingJsonLd(minimal)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      productID: 'bare',
      name: '',
    });
    expect(listingJsonLd({ ...complete, reviewCount: 0 })['aggregateRating']).toBeUndefined();
    expect(listingJsonLd(hostile, { url: 'javascript:alert(1)' })).not.toHaveProperty('url');
    expect(listingJsonLd(hostile)['brand']).not.toHaveProperty('url');
  });
});

describe('listingsJsonLd', () => {
  it('lists the products in order', () => {
    const list = listingsJsonLd([complete, minimal]);
    expect(list).toMatchObject({ '@type': 'ItemList', numberOfItems: 2 });
    const items = list['itemListElement'] as { position: number; item: Record<string, unknown> }[];
    expect(items.map((i) => i.position)).toEqual([1, 2]);
    expect(items[0]!.item).not.toHaveProperty('@context');
    expect(items[0]!.item['@type']).toBe('Product');
  });
});

describe('jsonLdText', () => {
  it('cannot close its script element and still parses to the same data', () => {
    const data = listingJsonLd(hostile);
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual(data);
    expect(jsonLdText({ a: '\u2028&' })).toBe('{"a":"\\u2028\\u0026"}');
  });
});
