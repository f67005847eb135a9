/** An HTML page (a login wall, a proxy's error page) where a data file was expected. */
export function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 1024).toLowerCase();
  return start.startsWith('<') && /<(!doctype html|html|head|body|title)[\s>]/.test(start);
}
