export { ServedStore, isServedStore } from './store.js';
export { channelKey, endpointFile, liveEndpoint, readEndpoint, removeEndpoint, writeEndpoint, type ServerEndpoint } from './_endpoint.js';
export { CHANNEL_PATH, HELLO_METHOD, IMPORT_METHOD, KEY_HEADER, toWire, type ChannelRequest } from './_protocol.js';
