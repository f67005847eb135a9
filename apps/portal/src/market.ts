import type { BdwMarketCard, MarketRequestEvent } from '@bdw/market-card';
import '@bdw/market-card/bdw-market-list.js';
import './site.js';

/** What the reference portal answers to a request (a real portal would open an inquiry form). */
export function requestConfirmation(title: string, kind: 'inquiry' | 'sample', lang: string): string {
  if (lang === 'en') {
    const what = kind === 'sample' ? 'Sample requested' : 'Purchase inquiry sent';
    return `${what} for “${title}” (reference portal: nothing is actually sent).`;
  }
  const what = kind === 'sample' ? '샘플을 요청했습니다' : '구매 문의를 보냈습니다';
  return `‘${title}’: ${what} (참조 포털이므로 실제로 전송되지는 않습니다).`;
}

// The answer appears under the button that was pressed, and takes focus there; a card whose buttons were
// replaced (slot="actions") falls back to the page's status line.
document.addEventListener('bdw-market-request', (event) => {
  const { listing, kind } = (event as MarketRequestEvent).detail;
  const text = requestConfirmation(listing.title, kind, document.documentElement.lang);
  const card = event
    .composedPath()
    .find((node): node is BdwMarketCard => (node as Element).localName === 'bdw-market-card');
  if (card && !card.querySelector('[slot="actions"]')) {
    void card.confirmRequest(text);
    return;
  }
  document.getElementById('market-request')!.textContent = text;
});
