import type { Migration } from 'kysely/migration';
import * as http0001 from '../http/migrations/http-0001-rate-limit';
import { registryMigrations } from '../registry/migrations';
import * as sandbox0001 from '../sandbox/migrations/sandbox-0001-sandboxes';
import * as sync0001 from './migrations/sync-0001-initial';
import * as sync0002 from './migrations/sync-0002-version-sequence';
import * as sync0003 from './migrations/sync-0003-applied-ops-age';
import * as sync0004 from './migrations/sync-0004-applied-op-owner';
import * as sync0005 from './migrations/sync-0005-record-previous';
import * as sync0006 from './migrations/sync-0006-device-views';
import * as sync0007 from './migrations/sync-0007-applied-op-subject';
import * as sync0008 from './migrations/sync-0008-applied-ops-prune-by-app';
import * as sync0009 from './migrations/sync-0009-version-bigint';

/**
 * Every set of migrations the server runs at start, by owner. Names are prefixed by their set so
 * they never collide; each set is ordered within itself (the migrator allows sets to interleave).
 */
export const migrationSets: Readonly<Record<string, Readonly<Record<string, Migration>>>> = {
  sync: {
    'sync-0001-initial': sync0001,
    'sync-0002-version-sequence': sync0002,
    'sync-0003-applied-ops-age': sync0003,
    'sync-0004-applied-op-owner': sync0004,
    'sync-0005-record-previous': sync0005,
    'sync-0006-device-views': sync0006,
    'sync-0007-applied-op-subject': sync0007,
    'sync-0008-applied-ops-prune-by-app': sync0008,
    'sync-0009-version-bigint': sync0009,
  },
  registry: registryMigrations,
  http: {
    'http-0001-rate-limit': http0001,
  },
  sandbox: {
    'sandbox-0001-sandboxes': sandbox0001,
  },
};
