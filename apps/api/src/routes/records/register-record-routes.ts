import type { RecordRegistryEntry } from '@safeguarding/schemas';
import type { AppDeps } from '../../http/app-deps.ts';
import type { Router } from '../../http/define-route.ts';
import { createRecordRoute } from './create-record.ts';
import { listRecordsRoute } from './list-records.ts';
import { patchRecordRoute } from './patch-record.ts';
import { readRecordRoute } from './read-record.ts';
import { recordNextActionsRoute } from './record-next-actions.ts';
import { recordRouteKit } from './record-route-kit.ts';
import { replaceRecordRoute } from './replace-record.ts';

/** Every operation of one record collection, one file each. */
const OPERATIONS = [
  createRecordRoute,
  listRecordsRoute,
  readRecordRoute,
  replaceRecordRoute,
  patchRecordRoute,
  recordNextActionsRoute,
];

export function registerRecordRoutes(router: Router, deps: AppDeps, entry: RecordRegistryEntry): void {
  const kit = recordRouteKit(deps, entry);
  for (const operation of OPERATIONS) operation(router, deps, kit);
}
