import type { DesignerDocument } from '../graph/types';

/** One undo step: the document before the edit, and the edit's label. */
export interface HistoryEntry {
  readonly doc: DesignerDocument;
  readonly label: string;
}

/** Undo and redo steps as kept on the device, oldest first. */
export interface UndoSnapshot {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
}

/**
 * Undo/redo stacks of whole documents. Documents are immutable and share unchanged nodes, so a
 * step costs little. An edit with the same `mergeKey` as the previous one joins its step.
 */
export class History {
  private past: HistoryEntry[] = [];
  private future: HistoryEntry[] = [];
  private lastMergeKey: string | undefined;

  constructor(private readonly limit: number) {}

  /** Records that `before` was replaced by an edit called `label`. */
  record(before: DesignerDocument, label: string, mergeKey: string | undefined): void {
    this.future = [];
    if (mergeKey !== undefined && mergeKey === this.lastMergeKey && this.past.length > 0) return;
    this.lastMergeKey = mergeKey;
    this.past.push({ doc: before, label });
    if (this.past.length > this.limit) this.past.shift();
  }

  /** Ends a merge run, so the next edit starts a new step. */
  seal(): void {
    this.lastMergeKey = undefined;
  }

  undo(current: DesignerDocument): HistoryEntry | undefined {
    const entry = this.past.pop();
    if (!entry) return undefined;
    this.future.push({ doc: current, label: entry.label });
    this.lastMergeKey = undefined;
    return entry;
  }

  redo(current: DesignerDocument): HistoryEntry | undefined {
    const entry = this.future.pop();
    if (!entry) return undefined;
    this.past.push({ doc: current, label: entry.label });
    this.lastMergeKey = undefined;
    return entry;
  }

  /** The newest `max` undo and redo steps, oldest first, to keep beside the saved document. */
  snapshot(max: number): UndoSnapshot {
    return { past: this.past.slice(-max), future: this.future.slice(-max) };
  }

  /** Puts saved steps back (after the document they belong to was restored); a new edit starts a step. */
  load(snapshot: UndoSnapshot): void {
    this.past = [...snapshot.past].slice(-this.limit);
    this.future = [...snapshot.future].slice(-this.limit);
    this.lastMergeKey = undefined;
  }

  clear(): void {
    this.past = [];
    this.future = [];
    this.lastMergeKey = undefined;
  }

  get status() {
    return {
      canUndo: this.past.length > 0,
      canRedo: this.future.length > 0,
      undoLabel: this.past.at(-1)?.label,
      redoLabel: this.future.at(-1)?.label,
    };
  }
}
