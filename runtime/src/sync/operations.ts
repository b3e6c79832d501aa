import type { EntityCodec } from '../local-store';
import type { OutboxEntry } from '../outbox/entry';
import type { Operation } from '../protocol';

/** The wire operation of an outbox entry, with encrypted fields opened. */
export async function toOperation(entry: OutboxEntry, codec: EntityCodec): Promise<Operation> {
  const plain = codec.plain;
  return {
    id: entry.id,
    entity: entry.entity,
    key: entry.key,
    kind: entry.kind,
    changes: plain ? (entry.changes as Operation['changes']) : await codec.decode(entry.changes),
    base: plain ? (entry.base as Operation['base']) : await codec.decode(entry.base),
    baseVersion: entry.baseVersion,
    hlc: entry.hlc,
    clientId: entry.clientId,
    ...(entry.settles === undefined ? {} : { settles: entry.settles }),
    ...(entry.sets === undefined ? {} : { sets: entry.sets }),
  };
}
