/** Dashboard figures, computed from the real tables in the datastore. */

type Row = Record<string, unknown>;
const num = (v: unknown) => (typeof v === 'number' ? v : Number(v) || 0);

/**
 * Population of a census year. The census table has an open "85세이상" bucket and, in most years,
 * also the 5-year buckets above 85: count the finer buckets where they exist, else the open one.
 */
export function censusPopulation(rows: readonly Row[], year: number): number {
  const ofYear = rows.filter((r) => num(r['연도']) === year && r['인구수'] !== null && r['인구수'] !== '');
  const finer = ofYear.some((r) => /^(85 - 89세|90 - 94세|95 - 99세|100세이상)$/.test(String(r['연령별'])));
  return ofYear.filter((r) => !(finer && r['연령별'] === '85세이상')).reduce((sum, r) => sum + num(r['인구수']), 0);
}

export function sumOf(rows: readonly Row[], column: string): number {
  return rows.reduce((sum, r) => sum + num(r[column]), 0);
}
