/** The DuckDB engine of the Store. */
export { DuckDbStore, openDuckDbStore, type DuckDbStoreOptions, type ImportSinkModule } from './store.js';
export { Db, type SqlRow, type SqlParam } from './_db.js';
export { LATEST_SCHEMA_VERSION } from './_migrations.js';
