import { orgName } from './catalog-row.js';
import type { DatastoreIndexes } from './datastore-load.js';

/**
 * Datasets whose files ship with the catalogue (data/files, see data/SOURCES.md): real
 * Busan tables, points and boundaries, attached as resources so that the chart viewer
 * and the data map have something to read. Tabular files are loaded into the datastore.
 */
export interface ShippedResource {
  file: string;
  name: string;
  format: 'CSV' | 'TSV' | 'GEOJSON';
  description: string;
  /** Data dictionary labels of cryptic field names (served as CKAN's `info.label`). */
  labels?: Record<string, string>;
  /** CKAN's `datastore_create` `indexes` for the table; by default the loader's (`defaultIndexes`). */
  indexes?: DatastoreIndexes;
}

export interface ShippedDataset {
  name: string;
  title: string;
  notes: string;
  orgCode: string;
  orgTitle: string;
  group: string;
  licenseId: keyof typeof LICENSES;
  modified: string;
  tags: string[];
  source: string;
  resources: ShippedResource[];
}

export const LICENSES = {
  'cc-zero': { title: 'Creative Commons CCZero', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'kogl-type1': { title: '공공누리 제1유형 (출처표시)', url: 'https://www.kogl.or.kr/info/license.do' },
  'cc-by-4.0': { title: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;

export const SHIPPED_DATASETS: ShippedDataset[] = [
  {
    name: 'busan-population-by-age-sex-census',
    title: '부산광역시 연령별·성별 인구 (인구총조사 1925–2021)',
    notes:
      '통계청 인구총조사의 부산광역시 연령(5세 단위)·성별 인구. 1925–1960년은 인구수가 비어 있습니다.\n\n출처: 통계청 (statgarten/datatoys `population`).',
    orgCode: '1240000',
    orgTitle: '통계청',
    group: 'public-administration',
    licenseId: 'cc-zero',
    modified: '2022-06-30T00:00:00',
    tags: ['인구', '부산', '인구총조사'],
    source: 'statgarten/datatoys data/population.rda @d380ab1',
    resources: [
      {
        file: 'busan_population_by_age_sex_census_1925_2021.csv',
        name: '연령별 성별 인구 (CSV)',
        format: 'CSV',
        description: '1,012행: 행정구역별, 연령별, 연도, 분류(남자/여자), 인구수',
        labels: { 행정구역별: '행정구역', 연령별: '연령', 분류: '성별' },
      },
    ],
  },
  {
    name: 'busan-presidential-vote-2022-by-district',
    title: '제20대 대통령선거 부산광역시 구·군별 투표 결과 (2022-03-09)',
    notes:
      '부산광역시 16개 구·군의 선거인수, 투표수, 후보자별 득표수(C01–C12), 유효·무효표, 기권수.\n\n본 데이터는 통계청 통계지리정보서비스(SGIS)에서 공공누리 제1유형으로 개방한 행정동 경계를 가공한 것이며(가공: vuski/admdongkor), CC BY 4.0으로 배포됩니다.',
    orgCode: '9760000',
    orgTitle: '중앙선거관리위원회',
    group: 'public-administration',
    licenseId: 'cc-by-4.0',
    modified: '2022-03-10T00:00:00',
    tags: ['선거', '부산', '구군'],
    source: 'vuski/admdongkor ver20220309 @4493fd5',
    resources: [
      {
        file: 'busan_vote_sgg_20220309.tsv',
        name: '구·군별 투표 결과 (TSV)',
        format: 'TSV',
        description: '16행, 탭 구분',
        labels: {
          sgg: '구·군 코드',
          SIDONM: '시·도',
          SGGNM: '구·군',
          POPU_ALL: '선거인수',
          VOTER: '투표수',
          C01: '후보 1',
          C02: '후보 2',
          C03: '후보 3',
          C04: '후보 4',
          C05: '후보 5',
          C06: '후보 6',
          C07: '후보 7',
          C08: '후보 8',
          C09: '후보 9',
          C10: '후보 10',
          C11: '후보 11',
          C12: '후보 12',
          VOTE_VAL: '유효 투표수',
          VOTE_INVAL: '무효 투표수',
          NON_VOTER: '기권수',
        },
      },
      {
        file: 'busan_sgg_admdongkor_20220309_vote_simple.geojson',
        name: '구·군 경계와 투표 결과 (GeoJSON)',
        format: 'GEOJSON',
        description: '행정안전부 코드(sgg 26110…26710) 기준 16개 구·군 경계',
      },
    ],
  },
  {
    name: 'busan-district-boundaries-kostat-2018',
    title: '부산광역시 구·군 경계 (통계청 2018)',
    notes:
      '통계청 SGIS 2018년 시군구 경계 중 부산광역시 16개 구·군(간소화). 통계청 코드(21010…21310)와 행정안전부 코드(26110…26710) 대응표 포함.',
    orgCode: '1240000',
    orgTitle: '통계청',
    group: 'land-management',
    licenseId: 'kogl-type1',
    modified: '2018-12-31T00:00:00',
    tags: ['경계', '부산', '지도'],
    source: 'southkorea/southkorea-maps kostat/2018 @60c8c0c',
    resources: [
      {
        file: 'busan_districts_kostat2018_simple.geojson',
        name: '구·군 경계 (GeoJSON)',
        format: 'GEOJSON',
        description: '16개 MultiPolygon, WGS84; 속성 code, name, name_eng',
      },
      {
        file: 'busan_sgg_code_crosswalk_kostat_vs_mois.csv',
        name: '통계청·행정안전부 구·군 코드 대응표 (CSV)',
        format: 'CSV',
        description: '통계청 26xxx는 울산, 행정안전부 26xxx는 부산입니다.',
        labels: {
          kostat_sgis_code: '통계청 코드',
          mois_adm_code: '행정안전부 코드',
          name: '구·군',
          name_eng: '영문 이름',
        },
      },
    ],
  },
  {
    name: 'busan-fatal-traffic-accidents-2020',
    title: '부산광역시 사망 교통사고 정보 (2020)',
    notes:
      '도로교통공단 사망 교통사고 정보 중 부산광역시 100건: 발생 일시, 사망·부상자 수, 사고 유형, 위치(위도·경도).',
    orgCode: 'B552061',
    orgTitle: '도로교통공단',
    group: 'transport-logistics',
    licenseId: 'cc-zero',
    modified: '2020-12-31T00:00:00',
    tags: ['교통사고', '부산', '안전'],
    source: 'statgarten/datatoys, origin data.go.kr 15070340',
    resources: [
      {
        file: 'busan_fatal_traffic_accidents_2020.csv',
        name: '사망 교통사고 (CSV)',
        format: 'CSV',
        description: '100행, 23열',
      },
      {
        file: 'busan_fatal_traffic_accidents_2020.geojson',
        name: '사망 교통사고 위치 (GeoJSON)',
        format: 'GEOJSON',
        description: '100개 지점',
      },
    ],
  },
  {
    name: 'busan-car-inspection-stations',
    title: '부산광역시 자동차검사소 현황 (2021-09-27)',
    notes: '한국교통안전공단 자동차검사소 중 부산 3곳: 주소, 위도·경도, 운영시간, 검사 종류.',
    orgCode: 'B553881',
    orgTitle: '한국교통안전공단',
    group: 'transport-logistics',
    licenseId: 'cc-zero',
    modified: '2021-09-27T00:00:00',
    tags: ['자동차', '부산', '검사소'],
    source: 'statgarten/datatoys 한국교통안전공단_자동차검사소',
    resources: [
      {
        file: 'busan_car_inspection_stations_20210927.csv',
        name: '자동차검사소 (CSV)',
        format: 'CSV',
        description: '3행, 22열',
      },
    ],
  },
  {
    name: 'busan-119-safety-centers',
    title: '부산광역시 119안전센터 주소',
    notes: '소방청 119안전센터 중 부산 59곳의 소방서, 센터명, 주소, 전화번호.',
    orgCode: '1661000',
    orgTitle: '소방청',
    group: 'disaster-safety',
    licenseId: 'cc-zero',
    modified: '2021-12-31T00:00:00',
    tags: ['소방', '부산', '안전센터'],
    source: 'statgarten/datatoys 소방청_119안전센터',
    resources: [
      {
        file: 'busan_119_safety_centers_addresses.csv',
        name: '119안전센터 (CSV)',
        format: 'CSV',
        description: '59행',
      },
    ],
  },
  {
    name: 'police-crime-by-region-2015',
    title: '경찰청 범죄 발생 지역별 통계 (2015)',
    notes: '범죄 대분류·중분류별 지역(시·군) 발생 건수. 지역이 열로 펼쳐진 넓은 표(부산 포함 90열).',
    orgCode: '1320000',
    orgTitle: '경찰청',
    group: 'disaster-safety',
    licenseId: 'cc-zero',
    modified: '2015-12-31T00:00:00',
    tags: ['범죄', '통계', '부산'],
    source: 'statgarten/datatoys 경찰청_범죄 발생 지역별 통계',
    resources: [
      {
        file: 'police_crime_by_region_2015_utf8.csv',
        name: '범죄 발생 지역별 통계 (CSV)',
        format: 'CSV',
        description: '38행 × 90열',
      },
    ],
  },
];

export function shippedOrgName(dataset: ShippedDataset): string {
  return orgName(dataset.orgCode);
}

export function resourceId(dataset: ShippedDataset, index: number): string {
  return `${dataset.name}-${index + 1}`;
}
