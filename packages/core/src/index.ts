export type * from './model.js';
export { ApiError, isAbortError, parseRetryAfter, type ApiErrorKind, type ApiErrorInit } from './ckan/ApiError.js';
export {
  CkanClient,
  DEFAULT_TIMEOUT_MS,
  actionRoot,
  type CkanClientOptions,
  type CallOptions,
  type DatastoreProgress,
  type DatastoreEnd,
  DATASTORE_MAX_ROWS,
  MAX_GET_URL,
  MAX_RETRY_WAIT_MS,
} from './ckan/CkanClient.js';
export * from './ckan/normalize.js';
export * from './ckan/normalize-bdw.js';
export * from './ckan/query.js';
export * from './i18n/messages.js';
export * from './i18n/locale.js';
export * from './i18n/format.js';
export * from './styles/tokens.js';
export * from './styles/shared.js';
export { catalogContext } from './catalog/context.js';
export { clientFor } from './catalog/clients.js';
export { CatalogController, type CatalogHost } from './catalog/CatalogController.js';
export { BdwCatalog } from './BdwCatalog.js';
export { defineElement } from './define.js';
export * from './states.js';
export { StaticSource, type SearchBackend } from './static/StaticSource.js';
export { fetchJson, bdwEvent, type FetchJsonOptions } from './fetch-json.js';
export { downloadText } from './download.js';
export { setJsonLdText, JSON_LD_POLICY } from './json-ld.js';
export { startModuleWorker, trustedPolicy, trustedWorkerUrl, type TrustedRules } from './trusted-types.js';
export {
  safeUrl,
  fillUrlTemplate,
  checkUrlTemplate,
  urlTemplatePlaceholders,
  UrlTemplateError,
  WEB_SCHEMES,
  CONTACT_SCHEMES,
  type SafeUrlOptions,
} from './url-policy.js';
export { displayText, DISPLAY_TEXT_MAX } from './display-text.js';
export { viewContext, type DataView } from './view/context.js';
export { ViewController } from './view/ViewController.js';
// The view's state on its own: a widget that names its own table outside a <bdw-view> keeps a private one.
export { ViewStore } from './view/view-store.js';
export type { ViewFilters, FilterValue, FilterRange } from './data/filters.js';
export type * from './data/engine/types.js';
export { BdwView, type FilterChangeDetail } from './view/BdwView.js';
