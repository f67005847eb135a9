/**
 * Categories that have a calendar order although they are text: weekdays (`월`, `월요일`, `Mon`, `Monday`) and months
 * written as `3월`. A chart of accidents by weekday reads 월 → 일, not in the order the rows (or a GROUP BY) gave them.
 */
const WEEKDAYS_KO = ['월', '화', '수', '목', '금', '토', '일'];
const WEEKDAYS_EN = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The calendar position of a label, or `null` when it is not a weekday or a month. */
export function calendarRank(label: string): number | null {
  const text = label.trim();
  const ko = WEEKDAYS_KO.indexOf(text.replace(/요일$/, ''));
  if (ko >= 0 && (text.length === 1 || text.endsWith('요일'))) return ko;
  const en = WEEKDAYS_EN.indexOf(text.slice(0, 3).toLowerCase());
  if (en >= 0 && /^[a-z]{3}(day|nesday|urday|rsday|sday)?\.?$/i.test(text)) return en;
  const month = /^(\d{1,2})월$/.exec(text);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return 100 + Number(month[1]);
  return null;
}

/** Whether every label has a calendar position (and there are at least two). */
export function hasCalendarOrder(labels: readonly string[]): boolean {
  return labels.length >= 2 && labels.every((label) => calendarRank(label) !== null);
}
