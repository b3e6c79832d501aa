/** Why a local write was refused before anything was stored. */
export type WriteRefusal =
  | 'blocked-by-state'
  | 'permission'
  | 'invalid-value'
  | 'not-found'
  | 'read-only'
  | 'unknown-entity'
  | 'unknown-field';

/**
 * A local write was refused; nothing was stored. `pointer` is a JSON pointer into the written
 * record (e.g. `/status`) when one field is at fault.
 */
export class WriteError extends Error {
  override readonly name: string = 'WriteError';
  readonly reason: WriteRefusal;
  readonly entity: string;
  readonly pointer: string;

  constructor(reason: WriteRefusal, entity: string, message: string, field?: string) {
    super(message);
    this.reason = reason;
    this.entity = entity;
    this.pointer = field === undefined ? '' : `/${field}`;
  }
}

/** The current offline state blocks writes to this entity (`writes: block`, or an online-only entity offline). */
export class WriteBlockedError extends WriteError {
  override readonly name = 'WriteBlockedError';
  readonly state: string;

  constructor(state: string, entity: string, why: string) {
    super('blocked-by-state', entity, `writes to ${entity} are blocked in state "${state}": ${why}`);
    this.state = state;
  }
}

/**
 * `client.clearLocalData()` refused: the outbox holds edits the server has not received. Sync
 * first, or pass `{ discardUnsent: true }` to drop them (the call then reports each one).
 */
export class UnsentEditsError extends Error {
  override readonly name = 'UnsentEditsError';

  constructor(
    /** Unsent operations, dead letters included. */
    readonly unsent: number,
    /** The same, per entity. */
    readonly byEntity: Readonly<Record<string, number>>,
  ) {
    const list = Object.entries(byEntity)
      .map(([entity, n]) => `${entity}: ${n}`)
      .join(', ');
    super(
      `${unsent} unsent edits (${list}) would be lost: sync first, or call clearLocalData({ discardUnsent: true }) to drop them`,
    );
  }
}

/** A query the local store cannot answer (no index, encrypted field, bad shape). */
export class QueryError extends Error {
  override readonly name = 'QueryError';
}
