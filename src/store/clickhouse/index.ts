/** The ClickHouse engine of the Store. */
export { ClickHouseStore, openClickHouseStore, isPartial, type ClickHouseStoreOptions } from './store.js';
export { parseClickHouseUrl, type ClickHouseTarget, type QueryMeta } from './_conn.js';
