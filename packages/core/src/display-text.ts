/**
 * The most characters of one untrusted text (a title, a summary, a name) that a widget puts in the page. Real
 * catalogue titles are under 200 characters; a 200 KB title kept the main thread in layout for seconds (issue
 * 19), even with CSS clipping it to three lines, because the browser lays out the whole text before it clips.
 */
export const DISPLAY_TEXT_MAX = 2000;

/**
 * `text` cut to at most `max` UTF-16 units (default {@link DISPLAY_TEXT_MAX}) with an ellipsis, in constant time
 * (a slice, not a scan), never splitting a surrogate pair. What is shown is then clipped further by CSS.
 *
 * @example displayText('부산'.repeat(5000)).length // 2001
 */
export function displayText(text: string, max = DISPLAY_TEXT_MAX): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
