import { safeUrl, setJsonLdText, type MarketListing } from '@bdw/core';
import { JSON_LD_OWNER, ownJsonLd, removeJsonLd } from './json-ld-slot.js';

/**
 * schema.org `Product` + `Offer` for a data-market listing, for search engines. Only
 * facts the listing states are included: no price for negotiated listings, no rating
 * without one. Returned as a plain object; {@link jsonLdText} serialises it safely.
 */
export function listingJsonLd(listing: MarketListing, options: { url?: string | null } = {}): Record<string, unknown> {
  const product: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: listing.title,
  };
  if (listing.id) product['productID'] = listing.id;
  if (listing.summary) product['description'] = listing.summary;
  if (listing.category) product['category'] = listing.category;
  const url = safeUrl(options.url ?? null);
  if (url) product['url'] = url;
  if (listing.provider.name) {
    const brand: Record<string, unknown> = { '@type': 'Organization', name: listing.provider.name };
    const providerUrl = safeUrl(listing.provider.url);
    if (providerUrl) brand['url'] = providerUrl;
    const logo = safeUrl(listing.provider.logoUrl);
    if (logo) brand['logo'] = logo;
    product['brand'] = brand;
  }
  const tags = listing.tags.filter((tag) => tag.trim());
  if (tags.length) product['keywords'] = tags.join(', ');
  const offer = listingOffer(listing);
  if (offer) product['offers'] = offer;
  if (listing.rating !== null && listing.reviewCount !== null && listing.reviewCount > 0) {
    product['aggregateRating'] = {
      '@type': 'AggregateRating',
      ratingValue: Math.min(5, Math.max(0, listing.rating)),
      bestRating: 5,
      reviewCount: Math.floor(listing.reviewCount),
    };
  }
  return product;
}

/** The `Offer`: a price in KRW when there is one, a unit price for subscriptions and usage. */
function listingOffer(listing: MarketListing): Record<string, unknown> | null {
  const { model, amount, period, unit } = listing.price;
  const offer: Record<string, unknown> = { '@type': 'Offer', priceCurrency: 'KRW' };
  const known = amount !== null && Number.isFinite(amount) && amount >= 0;
  if (model === 'free') return { ...offer, price: 0 };
  if (!known) return model === 'negotiation' ? null : offer;
  offer['price'] = amount;
  if (model === 'subscription' && period) {
    offer['priceSpecification'] = {
      '@type': 'UnitPriceSpecification',
      price: amount,
      priceCurrency: 'KRW',
      referenceQuantity: { '@type': 'QuantitativeValue', value: 1, unitCode: period === 'month' ? 'MON' : 'ANN' },
    };
  } else if (model === 'usage') {
    offer['priceSpecification'] = {
      '@type': 'UnitPriceSpecification',
      price: amount,
      priceCurrency: 'KRW',
      ...(unit ? { unitText: unit } : {}),
    };
  }
  return offer;
}

/** schema.org `ItemList` of the listings on a page, each a `Product`. */
export function listingsJsonLd(listings: readonly MarketListing[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    numberOfItems: listings.length,
    itemListElement: listings.map((listing, index) => {
      const { '@context': _context, ...item } = listingJsonLd(listing);
      return { '@type': 'ListItem', position: index + 1, item };
    }),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the JavaScript
 * line separators are escaped, so no text in a listing can close the script element
 * even when the page is serialised to HTML.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Puts (or updates, or with `null` removes) the element's own JSON-LD script in its
 * light DOM, where crawlers read it. Text only: `textContent`, never HTML.
 */
export function writeJsonLd(host: Element, data: unknown | null): void {
  if (data === null) {
    removeJsonLd(host);
    return;
  }
  let script = ownJsonLd(host);
  if (!script) {
    script = host.ownerDocument.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(JSON_LD_OWNER, '');
    host.append(script);
  }
  const text = jsonLdText(data);
  setJsonLdText(script, text);
}
