/**
 * Limits of the sync protocol, enforced by every authority (server and in-memory server) and
 * documented in docs/protocol.md ("Limits").
 */
export const PROTOCOL_LIMITS = {
  /** Most operations in one push. */
  maxOperations: 500,
  /** Longest operation id and entity name in an operation (64 in the spec), in characters. */
  maxIdLength: 200,
  /** Longest record key, in characters. */
  maxKeyLength: 256,
  /** Longest entity name a pull may ask for (the spec's limit on names). */
  maxEntityNameLength: 64,
  /** Longest spec version a device may announce (`app.version`). */
  maxSpecVersionLength: 64,
  /** Longest client (device) id. */
  maxClientIdLength: 128,
  /** Largest operation (its changes and base as JSON), in characters; bigger ones are rejected `too-large`. */
  maxOperationChars: 256 * 1024,
  /** Largest record after a merge, as JSON characters; a change that would grow past it is rejected `too-large`. */
  maxRecordChars: 1024 * 1024,
  /** Page size of a pull when the request names none, and the most a pull returns. */
  defaultPullLimit: 200,
  maxPullLimit: 1000,
  /**
   * Deepest nesting of objects and lists in an operation's `changes` or `base` (the top-level
   * object is level 1); deeper ones are rejected `invalid-value`. The HTTP server refuses bodies
   * nested deeper than this before parsing them into operations.
   */
  maxValueDepth: 100,
  /** Longest cursor accepted. */
  maxCursorLength: 4096,
  /** Longest conflict id (an operation id and the conflicting field names). */
  maxConflictIdLength: 4096,
  /** Most conflict ids a pull's `openConflicts` may name; a device with more asks about the oldest first. */
  maxOpenConflicts: 200,
  /** Most keys one read may name. */
  maxReadKeys: 100,
  /** Most fields one read's `where` may filter on. */
  maxReadFilterFields: 16,
  /** Most subscriptions a pull may carry. */
  maxSubscriptions: 50,
} as const;
