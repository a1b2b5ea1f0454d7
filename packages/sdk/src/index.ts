export { type CallOptions, type Client, type ClientOptions, createClient } from './client.ts';
export { SafeguardingApiError, SafeguardingConflictError, SafeguardingNetworkError } from './errors.ts';
export type { RecordResource } from './record-resource.ts';
export type * from './types.ts';
