// A browser has a global indexedDB before any script runs; Dexie's liveQuery relies on that.
import 'fake-indexeddb/auto';
