/**
 * The version of the published schemas (semantic versioning, recorded in schemas/CHANGELOG.md).
 * The major version is part of every `$id`, so a breaking change gets new addresses and old ones
 * keep meaning what they meant; minor and patch releases keep the `$id` and change
 * `x-schema-version`.
 */
export const SCHEMA_VERSION = '1.0.0';

export const SCHEMA_MAJOR_VERSION = `v${SCHEMA_VERSION.split('.')[0]}`;
