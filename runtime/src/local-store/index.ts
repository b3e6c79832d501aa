export { EntityCodec, stripRow } from './codec';
export { type DatabaseLocation, type OpenOutcome, openLocalDatabase } from './database';
export {
  entityStore,
  isStoredLocally,
  META_TABLES,
  ROW_SYNCED_AT,
  type SpecSnapshot,
  type StoredRow,
  snapshotSpec,
  storesForSpec,
} from './schema';
export { type IncompatibleChange, incompatibleChanges, SpecUpgradeError } from './upgrade';
