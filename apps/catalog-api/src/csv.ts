import Papa from 'papaparse';

/** Parses CSV/TSV text with a header row into records (delimiter detected by papaparse). */
export function parseTable(text: string, delimiter?: string): { fields: string[]; rows: Record<string, string>[] } {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    ...(delimiter ? { delimiter } : {}),
    transformHeader: (header, index) => header.trim() || `column_${index + 1}`,
  });
  return { fields: result.meta.fields ?? [], rows: result.data };
}
