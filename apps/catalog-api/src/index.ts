export { createCatalogApi, type CatalogApi, type CatalogApiOptions } from './app.js';
export { seed, type SeedOptions, type SeedReport } from './seed.js';
export { DEFAULT_DB } from './paths.js';
export { localizeMeeting, type StoredMeeting } from './meetings.js';
