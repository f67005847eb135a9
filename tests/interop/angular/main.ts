// Angular 21 in JIT (the compiler in the page, no CLI), standalone and zoneless: CUSTOM_ELEMENTS_SCHEMA lets the
// template bind the elements' properties ([layers], [listing]) and events ((bdw-…)); signals drive change detection.
import '@angular/compiler';
import '@bdw/widgets';
import { Component, CUSTOM_ELEMENTS_SCHEMA, computed, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { API, CHART, LAYERS, MARKET, MEETING, QUERIES, capture, initialState, nextType, show } from '../shared.js';
import type { ChartType } from '../shared.js';

@Component({
  selector: 'interop-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <bdw-catalog [api]="api">
        <bdw-dataset-search
          [q]="queries[query()]"
          [debounce]="0"
          (bdw-search)="on($event)"
          (bdw-dataset-select)="on($event)"
        ></bdw-dataset-search>
        <bdw-chart-viewer
          [src]="chart.src"
          [x]="chart.x"
          [y]="chart.y"
          [series]="chart.series"
          [filter]="chart.filter"
          [unit]="chart.unit"
          [label]="chart.label"
          [type]="type()"
          compact
          (bdw-chart-ready)="on($event)"
          (bdw-point-select)="on($event)"
        ></bdw-chart-viewer>
        <bdw-data-map
          [layers]="layers"
          label="부산 구·군과 사망 교통사고"
          (bdw-feature-select)="on($event)"
          (bdw-layer-change)="on($event)"
        ></bdw-data-map>
        <bdw-market-list
          [pageSize]="market.pageSize"
          no-filters
          (bdw-market-change)="on($event)"
          (bdw-market-request)="on($event)"
        ></bdw-market-list>
        <bdw-market-card
          [listingId]="market.listingId"
          [listing]="state().listing"
          variant="full"
          (bdw-market-request)="on($event)"
        ></bdw-market-card>
        <bdw-council-agenda
          [meetingId]="meeting.id"
          [now]="meeting.now"
          (bdw-calendar-download)="on($event)"
        ></bdw-council-agenda>
      </bdw-catalog>
      <p>
        <button id="next-query" type="button" (click)="nextQuery()">다음 검색어</button>
        <button id="chart-type" type="button" (click)="nextType()">차트 종류 바꾸기</button>
      </p>
      <pre id="state">{{ text() }}</pre>
    </main>
  `,
})
class InteropApp {
  readonly api = API;
  readonly queries = QUERIES;
  readonly chart = CHART;
  readonly layers = LAYERS;
  readonly market = MARKET;
  readonly meeting = MEETING;
  readonly state = signal(initialState());
  readonly query = signal(0);
  readonly type = signal<ChartType>('line');
  readonly text = computed(() => show(this.state()));

  on(event: Event): void {
    this.state.update(capture(event));
  }
  nextQuery(): void {
    this.query.update((q) => (q + 1) % QUERIES.length);
  }
  nextType(): void {
    this.type.update(nextType);
  }
}

document.body.append(document.createElement('interop-app'));
await bootstrapApplication(InteropApp, { providers: [provideZonelessChangeDetection()] });
