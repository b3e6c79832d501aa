import type { RecordValues } from '@syncraft/runtime/protocol';

/** A job as the field-service spec defines it (templates/field-service.json). */
export interface Job {
  readonly id: string;
  readonly title: string;
  readonly siteId: string;
  readonly assigneeId: string;
  readonly region: string;
  readonly status: string;
  readonly scheduledAt: string;
  readonly completedAt?: string | null;
  readonly notes?: string | null;
  readonly minutesWorked?: number;
  readonly partsUsed?: readonly string[];
}

/** A record read from the runtime, as a job (the spec guarantees the fields' types). */
export const asJob = (record: RecordValues): Job => record as unknown as Job;

/** Words for the spec's status values. */
export const STATUS_WORDS: Readonly<Record<string, string>> = {
  open: 'Open',
  in_progress: 'In progress',
  on_hold: 'On hold',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const statusWord = (status: string) => STATUS_WORDS[status] ?? status;
