/**
 * Serves the real embedded catalogue (apps/catalog-api, seeded from the data.go.kr list)
 * from the web-test-runner server itself, so element tests talk to the real API on the
 * same origin: `api="/"`. Under `/no-sql/` (`api="/no-sql/"`) the same catalogue answers as a CKAN with its
 * defaults, without `datastore_search_sql` (400 "Bad request - Action name not known: datastore_search_sql"), for
 * tests that widgets still work there.
 * @param {typeof import('@bdw/catalog-api')} catalogApi the package, imported by the caller
 */
export function catalogApiMiddleware(catalogApi) {
  catalogApi.seed(catalogApi.DEFAULT_DB);
  const api = catalogApi.createCatalogApi({ dbPath: catalogApi.DEFAULT_DB, log: () => {} });
  /** @type {ReturnType<typeof catalogApi.createCatalogApi> | undefined} */
  let withoutSql;
  return async function catalogApiRoute(ctx, next) {
    const noSql = ctx.path.startsWith(NO_SQL_PREFIX);
    const path = noSql ? ctx.path.slice(NO_SQL_PREFIX.length - 1) : ctx.path;
    if (!path.startsWith('/api/3/') && !path.startsWith('/files/')) return next();
    const target = noSql
      ? (withoutSql ??= catalogApi.createCatalogApi({ dbPath: catalogApi.DEFAULT_DB, log: () => {}, sqlSearch: false }))
      : api;
    if (noSql) ctx.req.url = ctx.req.url.slice(NO_SQL_PREFIX.length - 1);
    ctx.respond = false;
    await new Promise((resolve) => {
      ctx.res.on('finish', resolve);
      ctx.res.on('close', resolve);
      target.handle(ctx.req, ctx.res);
    });
  };
}

/** The path under which the catalogue has no `datastore_search_sql`. */
export const NO_SQL_PREFIX = '/no-sql/';
