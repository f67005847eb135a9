import type { DataEngine, EngineField, RowPage } from './types.js';

/**
 * An engine whose fields carry the labels a page gave (`<bdw-view labels="사고유형_대분류:사고 유형">`), over the
 * source's own (a data dictionary's `info.label`): every widget of the view then names columns alike.
 */
export function withLabels(engine: DataEngine, labels: Readonly<Record<string, string>>): DataEngine {
  if (Object.keys(labels).length === 0) return engine;
  const relabel = (fields: EngineField[]) => relabelFields(fields, labels);
  return {
    get mode() {
      return engine.mode;
    },
    fields: async (options) => relabel(await engine.fields(options)),
    rows: async (query): Promise<RowPage> => {
      const page = await engine.rows(query);
      return { ...page, fields: relabel(page.fields) };
    },
    facet: (query) => engine.facet(query),
    group: (query) => engine.group(query),
    range: (field, filters, options) => engine.range(field, filters, options),
    dispose: () => engine.dispose(),
  };
}

/** The fields with the page's labels over their own. */
export function relabelFields(fields: readonly EngineField[], labels: Readonly<Record<string, string>>): EngineField[] {
  return fields.map((f) => (Object.hasOwn(labels, f.id) ? { ...f, label: labels[f.id]! } : f));
}
