/** The code the embedding guide shows; one place, so the guide and the examples agree. */

/**
 * Where `npm start` serves everything: the CDN bundle at `/cdn/` (readable from any origin) and the catalogue API.
 * The guide's snippets use it as written, so that pasted into any page they run against the local gateway; an
 * institution swaps in the address it hosts `packages/widgets/dist/cdn/` at and its CKAN portal's address.
 */
export const GATEWAY = 'http://localhost:8080';
export const CDN = `${GATEWAY}/cdn/bdw-widgets.js`;

export const snippets: Record<string, string> = {
  cdn: `<!-- 1. 스크립트 한 줄 (CDN) -->
<script type="module" src="${CDN}"></script>

<!-- 2. 태그 하나, API 주소 하나 -->
<bdw-dataset-search api="${GATEWAY}" q="주차" href-template="/dataset/{name}"></bdw-dataset-search>`,
  npm: `npm i @bdw/widgets chart.js leaflet

// main.ts: 태그가 페이지에 나타날 때 그 위젯만 불러옵니다 (chart.js·Leaflet도 차트·지도가 있을 때만)
import '@bdw/widgets/autoloader';

// 또는 위젯 하나만: npm i @bdw/dataset-search
import '@bdw/dataset-search/bdw-dataset-search.js';`,
  catalog: `<script type="module" src="${CDN}"></script>

<bdw-catalog api="${GATEWAY}">
  <bdw-dataset-search url-state></bdw-dataset-search>
  <bdw-market-list page-size="6"></bdw-market-list>
  <bdw-council-agenda mode="list"></bdw-council-agenda>
</bdw-catalog>`,
  linked: `<script type="module" src="${CDN}"></script>

<!-- 하나의 표, 하나의 필터 상태: 지도의 구·군, 막대, 유형을 누르면 모든 위젯이 함께 걸러집니다 -->
<bdw-view
  api="${GATEWAY}"
  resource="busan-fatal-traffic-accidents-2020-1"
  url-state="accidents"
  labels="발생지시군구:구·군, 사고유형_대분류:사고 유형, 발생년월일시:발생 일시"
>
  <bdw-data-map
    src="${GATEWAY}/files/busan_sgg_admdongkor_20220309_vote_simple.geojson"
    join="SGGNM:발생지시군구"
    points
    value-label="사망사고"
    label="구·군별 사망 교통사고 (2020)"
  ></bdw-data-map>
  <bdw-filter field="사고유형_대분류"></bdw-filter>
  <bdw-chart-viewer x="요일" type="bar" label="요일별"></bdw-chart-viewer>
  <bdw-data-table label="2020년 사망 교통사고"></bdw-data-table>
</bdw-view>`,
  html: `<!doctype html>
<html lang="ko">
  <body>
    <bdw-dataset-search id="search" api="${GATEWAY}" q="버스"></bdw-dataset-search>
    <!-- 번들러 없는 페이지: 모듈 이름(@bdw/…) 대신 CDN 번들을 불러옵니다 -->
    <script type="module" src="${CDN}"></script>
    <script type="module">
      document.getElementById('search').addEventListener('bdw-dataset-select', (event) => {
        console.log('선택한 데이터셋', event.detail.dataset.title);
      });
    </script>
  </body>
</html>`,
  react: `// React 19 understands custom elements: properties, attributes and custom events.
import '@bdw/dataset-search/bdw-dataset-search.js';

export function Search() {
  return (
    <bdw-dataset-search
      api="${GATEWAY}"
      page-size={20}
      onbdw-dataset-select={(event) => console.log(event.detail.dataset)}
    />
  );
}`,
  vue: `<!-- vite.config.ts: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('bdw-') } } }) -->
<script setup lang="ts">
import '@bdw/dataset-search/bdw-dataset-search.js';
const onSelect = (event: CustomEvent) => console.log(event.detail.dataset);
</script>

<template>
  <bdw-dataset-search api="${GATEWAY}" @bdw-dataset-select="onSelect" />
</template>`,
  angular: `// app.component.ts
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import '@bdw/dataset-search/bdw-dataset-search.js';

@Component({
  selector: 'app-root',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`<bdw-dataset-search api="${GATEWAY}" (bdw-dataset-select)="select($event)"></bdw-dataset-search>\`,
})
export class AppComponent {
  select(event: Event) {
    console.log((event as CustomEvent).detail.dataset);
  }
}`,
  csp: `# HTTP 헤더 (실제로는 한 줄)
Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
  require-trusted-types-for 'script'; trusted-types lit-html bdw-json-ld bdw-data-worker bdw-map-worker default

// app.js: 페이지의 모듈 파일 (이 CSP에서는 인라인 스크립트가 실행되지 않습니다)
import '@bdw/widgets';
import { allowLeafletMarkup } from '@bdw/data-map';
// 지도를 쓰는 페이지만: Leaflet의 자체 마크업만 통과시키는 default 정책 (Leaflet은 첫 지도가 나타날 때 불러옵니다)
allowLeafletMarkup();`,
  isolation: `/* 페이지 전체 규칙은 위젯 안에 닿지 않습니다 */
* { color: red; font-family: serif; }

/* 위젯의 글자는 토큰으로 바꿉니다 */
bdw-dataset-search {
  --bdw-color-text: #1a1a1a;
  --bdw-font-family: 'Noto Serif KR', serif;
  --bdw-font-size-md: 17px;
  --bdw-line-height: 1.7;
}`,
  theme: `/* 기관의 색과 글꼴로: 위젯 바깥 어디서든 --bdw-* 토큰을 지정합니다 */
:root {
  --bdw-color-primary: #00704a;
  --bdw-font-family: 'Nanum Gothic', sans-serif;
  --bdw-radius-md: 4px;
}
/* 다크 모드 색은 --bdw-dark-* 로 */
bdw-dataset-search {
  --bdw-dark-color-primary: #7ee2b8;
}
/* 구조는 ::part() 로 */
bdw-dataset-search::part(result) {
  border-width: 2px;
}`,
};

/** The snippets that are HTML to paste into a page as they are (the docs-snippet test runs each on another site). */
export const htmlSnippets: Record<string, string> = Object.fromEntries(
  (['cdn', 'catalog', 'linked', 'html'] as const).map((key) => [key, snippets[key]!]),
);
