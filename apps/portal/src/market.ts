import '@bdw/market-card/bdw-market-list.js';
import './site.js';

// A real portal would open an inquiry form; the reference portal confirms what was asked.
document.addEventListener('bdw-market-request', (event) => {
  const { listing, kind } = (event as CustomEvent<{ listing: { title: string }; kind: 'inquiry' | 'sample' }>).detail;
  const note = document.getElementById('market-request')!;
  const en = document.documentElement.lang === 'en';
  const what =
    kind === 'sample'
      ? en
        ? 'Sample requested'
        : '샘플을 요청했습니다'
      : en
        ? 'Purchase inquiry sent'
        : '구매 문의를 보냈습니다';
  note.textContent = en
    ? `${what} for “${listing.title}” (reference portal: nothing is actually sent).`
    : `‘${listing.title}’: ${what} (참조 포털이므로 실제로 전송되지는 않습니다).`;
  note.hidden = false;
});
