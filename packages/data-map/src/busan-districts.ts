/**
 * Busan's 16 districts in the two code systems in use: Statistics Korea's SGIS codes of the
 * 2018 boundaries (21xxx) and the Ministry of the Interior's administrative codes (26xxx).
 * Beware: in KOSTAT codes 26xxx is Ulsan, while in MOIS codes 26xxx is Busan.
 * Same rows as apps/catalog-api/data/files/busan_sgg_code_crosswalk_kostat_vs_mois.csv (checked by a test).
 */
export const BUSAN_DISTRICT_CROSSWALK: readonly {
  kostat_sgis_code: string;
  mois_adm_code: string;
  name: string;
  name_eng: string;
}[] = [
  ['21010', '26110', '중구', 'Jung-gu'],
  ['21020', '26140', '서구', 'Seo-gu'],
  ['21030', '26170', '동구', 'Dong-gu'],
  ['21040', '26200', '영도구', 'Yeongdo-gu'],
  ['21050', '26230', '부산진구', 'Busanjin-gu'],
  ['21060', '26260', '동래구', 'Dongnae-gu'],
  ['21070', '26290', '남구', 'Nam-gu'],
  ['21080', '26320', '북구', 'Buk-gu'],
  ['21090', '26350', '해운대구', 'Haeundae-gu'],
  ['21100', '26380', '사하구', 'Saha-gu'],
  ['21110', '26410', '금정구', 'Geumjeong-gu'],
  ['21120', '26440', '강서구', 'Gangseo-gu'],
  ['21130', '26470', '연제구', 'Yeonje-gu'],
  ['21140', '26500', '수영구', 'Suyeong-gu'],
  ['21150', '26530', '사상구', 'Sasang-gu'],
  ['21310', '26710', '기장군', 'Gijang-gun'],
].map(([kostat_sgis_code, mois_adm_code, name, name_eng]) => ({
  kostat_sgis_code: kostat_sgis_code!,
  mois_adm_code: mois_adm_code!,
  name: name!,
  name_eng: name_eng!,
}));
