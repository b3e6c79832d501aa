import type { FieldDecision, JsonValue, RejectReason } from '@syncraft/runtime/protocol';
import { describeValue } from '@syncraft/runtime/spec';

/** One device's edit of a field in a conflict scenario. */
export interface FieldEdit {
  readonly device: string;
  /** What the device wrote, or what it added (an increment, an item added to a set) when `adds`. */
  readonly value: JsonValue;
  /** The edit adds `value` to what is there rather than replacing it: said as `+15`, `+“tag”`. */
  readonly adds?: true;
}

/** How a field ended up after a concurrent edit, as the conflict scenario explains it. */
export interface FieldResolution {
  readonly field: string;
  /** The rule that decided it (`effectiveRule`): e.g. `enum-precedence`. */
  readonly strategy: string;
  /** The value both devices started from (`null` when unset). */
  readonly base: JsonValue;
  /** What each device wrote, by device name, in the order they synced. */
  readonly edits: readonly FieldEdit[];
  /** What the server (and, once converged, every device) holds. */
  readonly result: JsonValue;
  /** Plain-language reason, e.g. "earlier in the order wins (done before in_progress)". */
  readonly why: string;
}

/**
 * One entry of the simulator's event timeline. A discriminated union on `kind`; `seq` orders the
 * entries and `at` is the simulation clock (epoch ms).
 */
export type TimelineEvent = { readonly seq: number; readonly at: number } & (
  | {
      readonly kind: 'write';
      readonly device: string;
      readonly entity: string;
      readonly key: string;
      readonly action: 'create' | 'update' | 'increment' | 'add-to-set' | 'delete';
      readonly changes: Readonly<Record<string, JsonValue>>;
    }
  | {
      readonly kind: 'write-refused';
      readonly device: string;
      readonly entity: string;
      readonly reason: string;
      readonly message: string;
      readonly pointer: string;
    }
  | { readonly kind: 'synced'; readonly device: string; readonly pushed: number; readonly pulled: number }
  | { readonly kind: 'sync-skipped'; readonly device: string; readonly reason: string }
  | { readonly kind: 'sync-failed'; readonly device: string; readonly message: string }
  | {
      readonly kind: 'merged';
      readonly device: string;
      readonly entity: string;
      readonly key: string;
      readonly decisions: readonly FieldDecision[];
    }
  | {
      readonly kind: 'conflict';
      readonly device: string;
      readonly entity: string;
      readonly key: string;
      readonly fields: readonly string[];
      readonly prompt: string | undefined;
    }
  | {
      readonly kind: 'conflict-resolved';
      readonly device: string;
      readonly entity: string;
      readonly key: string;
      /** Which side the person kept: this device's value or the other side's. */
      readonly choice: 'mine' | 'other';
      readonly values: Readonly<Record<string, JsonValue>>;
    }
  | {
      readonly kind: 'rejected';
      readonly device: string;
      readonly entity: string;
      readonly key: string;
      readonly reason: RejectReason;
      readonly message: string;
    }
  | {
      readonly kind: 'dead-letter';
      readonly device: string;
      readonly entity: string;
      readonly key: string;
      readonly attempts: number;
      readonly message: string;
    }
  | {
      readonly kind: 'state-changed';
      readonly device: string;
      readonly from: string;
      readonly to: string;
      readonly event: string;
    }
  | { readonly kind: 'step'; readonly text: string }
  | {
      /** What a device holds after a change of who holds records: `Job job-1` entries. */
      readonly kind: 'holdings';
      readonly device: string;
      readonly arrived: readonly string[];
      readonly left: readonly string[];
      /** False when the device was offline: the change reaches it at its next sync. */
      readonly online: boolean;
    }
  | {
      readonly kind: 'resolution';
      readonly entity: string;
      readonly key: string;
      readonly fields: readonly FieldResolution[];
      readonly converged: boolean;
    }
);

/** A timeline entry before it gets its place (`seq`) and time (`at`). */
export type TimelineInput = TimelineEvent extends infer E
  ? E extends TimelineEvent
    ? Omit<E, 'seq' | 'at'>
    : never
  : never;

/**
 * A value as the rest of the designer says it (`describeValue`): text in quotes (`“done”`), lists as
 * `“a”, “b”`, numbers and true/false as they are, unset as `(empty)`. With `quote` false (a table
 * of records, where every cell is a value) text is bare; empty text stays `“”` so it is seen.
 *
 * @example
 * showValue(['a', 'b']); // '“a”, “b”'
 */
export function showValue(value: JsonValue | undefined, quote = true): string {
  if (value === undefined || value === null) return '(empty)';
  if (value === '') return '“”';
  return describeValue(value, quote);
}

/** One device's edit: its value, or `+15` / `+“tag”` for what it added. */
export function showEdit(edit: FieldEdit | undefined): string {
  if (edit === undefined) return showValue(undefined);
  return edit.adds ? `+${showValue(edit.value)}` : showValue(edit.value);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One decision of a merged push, e.g. `status: “in_progress” → “done” by enum-precedence`. */
export function describeDecision(decision: FieldDecision): string {
  return `${decision.field}: ${showValue(decision.client)} → ${showValue(decision.kept)} by ${decision.strategy}`;
}

/** One field of a resolution, e.g. `status: Ana “done”, Ben “in_progress” → “done” by enum-precedence (…).` */
export function describeResolution(resolution: FieldResolution): string {
  const edits = resolution.edits.map((e) => `${e.device} ${showEdit(e)}`).join(', ');
  return `${resolution.field}: ${edits} → ${showValue(resolution.result)} by ${resolution.strategy} (${resolution.why}).`;
}

/** The entry as one plain-language line (the timeline's text, and what tests read). */
export function describeEvent(event: TimelineEvent): string {
  switch (event.kind) {
    case 'write': {
      const fields = Object.entries(event.changes)
        .map(([f, v]) => `${f} = ${showValue(v)}`)
        .join(', ');
      return `${event.device} ${event.action === 'create' ? 'created' : event.action === 'delete' ? 'deleted' : 'changed'} ${event.entity} ${event.key}${fields ? `: ${fields}` : ''}`;
    }
    case 'write-refused':
      return `${event.device} could not write ${event.entity} (${event.reason}): ${event.message}`;
    case 'synced':
      return `${event.device} synced: pushed ${plural(event.pushed, 'change')}, pulled ${plural(event.pulled, 'change')}`;
    case 'sync-skipped':
      return `${event.device} did not sync: ${event.reason}`;
    case 'sync-failed':
      return `${event.device} could not sync: ${event.message}`;
    case 'merged':
      return `${event.device}'s change to ${event.entity} ${event.key} was merged — ${event.decisions.map(describeDecision).join('; ')}`;
    case 'conflict':
      return `Conflict for a person on ${event.entity} ${event.key} (${event.fields.join(', ')})${event.prompt ? `: “${event.prompt}”` : ''}`;
    case 'conflict-resolved': {
      const kept = Object.entries(event.values)
        .map(([f, v]) => `${f} = ${showValue(v)}`)
        .join(', ');
      return `${event.device} decided the conflict on ${event.entity} ${event.key}: kept ${event.choice === 'mine' ? 'this device’s' : 'the other side’s'} value (${kept})`;
    }
    case 'rejected':
      return `The server rejected ${event.device}'s change to ${event.entity} ${event.key} (${event.reason}): ${event.message}`;
    case 'dead-letter':
      return `${event.device} gave up sending ${event.entity} ${event.key} after ${plural(event.attempts, 'attempt')}: ${event.message}`;
    case 'state-changed':
      return `${event.device}: ${event.from} → ${event.to} (${event.event})`;
    case 'step':
      return event.text;
    case 'holdings': {
      if (!event.online)
        return `${event.device} is offline: the change reaches this device at its next sync.`;
      const parts = [
        event.arrived.length > 0 && `received ${event.arrived.join(', ')}`,
        event.left.length > 0 && `no longer holds ${event.left.join(', ')} (removed from the device)`,
      ].filter(Boolean);
      return parts.length === 0
        ? `${event.device}: nothing arrived or left at this sync.`
        : `${event.device} ${parts.join(' and ')} at this sync.`;
    }
    case 'resolution':
      return `${event.entity} ${event.key} ${event.converged ? 'converged' : 'did NOT converge'}. ${event.fields
        .map(describeResolution)
        .join(' ')}`;
  }
}
