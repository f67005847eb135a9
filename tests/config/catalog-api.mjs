/**
 * Serves the real embedded catalogue (apps/catalog-api, seeded from the data.go.kr list)
 * from the web-test-runner server itself, so element tests talk to the real API on the
 * same origin: `api="/"`.
 * @param {typeof import('@bdw/catalog-api')} catalogApi the package, imported by the caller
 */
export function catalogApiMiddleware(catalogApi) {
  catalogApi.seed(catalogApi.DEFAULT_DB);
  const api = catalogApi.createCatalogApi({ dbPath: catalogApi.DEFAULT_DB, log: () => {} });
  return async function catalogApiRoute(ctx, next) {
    if (!ctx.path.startsWith('/api/3/') && !ctx.path.startsWith('/files/')) return next();
    ctx.respond = false;
    await new Promise((resolve) => {
      ctx.res.on('finish', resolve);
      ctx.res.on('close', resolve);
      api.handle(ctx.req, ctx.res);
    });
  };
}
