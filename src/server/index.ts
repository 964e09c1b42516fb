/** Dyad's HTTP API and dashboard host. */
export { buildServer, type ServerOptions } from './app.js';
export type { DatasetImporter, DatasetImportResult, DocumentExtractor } from './_context.js';
export { CONTENT_SECURITY_POLICY } from './_static.js';
export { startLocalChannel, type LocalChannel, type LocalChannelOptions } from './local-channel.js';
