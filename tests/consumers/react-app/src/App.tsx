// A React 19 app using the widgets as written in the READMEs: tags straight in TSX (typed by
// "types": ["@bdw/widgets/jsx"]) and the @bdw/react wrappers. No declaration of our own.
import '@bdw/core/bdw-catalog.js';
import '@bdw/dataset-search/bdw-dataset-search.js';
import '@bdw/chart-viewer/bdw-chart-viewer.js';
import type { SearchQuery } from '@bdw/core';
import { BdwDatasetSearch } from '@bdw/react/BdwDatasetSearch.js';
import { BdwMarketList } from '@bdw/react/BdwMarketList.js';
import { useState } from 'react';

export function App() {
  const [query, setQuery] = useState<SearchQuery | null>(null);
  const [page, setPage] = useState(1);
  return (
    <>
      <bdw-catalog api="https://data.busan.go.kr/api/3/action">
        <bdw-dataset-search
          facets="organization,res_format"
          page-size={20}
          url-state
          onbdw-search={(event) => setQuery(event.detail.query)}
          onbdw-dataset-select={(event) => console.log(event.detail.dataset.title)}
        />
      </bdw-catalog>
      <bdw-chart-viewer
        type="bar"
        src="/data/parking.csv"
        x="구군"
        y="주차면수"
        onbdw-point-select={(event) => console.log(event.detail.label, event.detail.value)}
      />
      <BdwDatasetSearch
        facets="organization"
        pageSize={20}
        urlState
        onBdwSearch={(event) => setQuery(event.detail.query)}
        onBdwDatasetSelect={(event) => console.log(event.detail.dataset.title)}
      />
      <BdwMarketList pageSize={12} onBdwMarketChange={(event) => setPage(event.detail.page)} />
      <p>
        {query?.q} {page}
      </p>
    </>
  );
}
