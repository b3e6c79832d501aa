import type { Job } from '../spec/sync-types.generated';

/** Words for the spec's status values (a new value in the spec fails to compile until it has words). */
export const STATUS_WORDS: Readonly<Record<Job['status'], string>> = {
  open: 'Open',
  in_progress: 'In progress',
  on_hold: 'On hold',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const statusWord = (status: Job['status']) => STATUS_WORDS[status] ?? status;
