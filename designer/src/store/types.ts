import type { Diagnostic, Entity, SyncSpec } from '@syncraft/runtime/spec';
import type { StoreApi } from 'zustand/vanilla';
import type { DesignerDiagnostic, Owner } from '../compiler/context';
import type { Replacement } from '../connections/rules';
import type { DesignerDocument, GraphEdge, GraphNode, XY } from '../graph/types';
import type { BackgroundCompiler } from './background';
import type { Command } from './commands';
import type { UndoSnapshot } from './history';

export type { DesignerDocument } from '../graph/types';

/** The outcome of loading or applying a spec: refused specs come back with the reasons. */
export type LoadResult = { readonly ok: true } | { readonly ok: false; readonly diagnostics: Diagnostic[] };

/** Error and warning counts of one node or edge, for its badge. */
export interface IssueCount {
  readonly errors: number;
  readonly warnings: number;
}

/** What the current document compiles to. */
export interface Compiled {
  readonly spec: SyncSpec | undefined;
  /** Every problem, errors first; problems of the drawing itself name their node in `nodeId`. */
  readonly diagnostics: DesignerDiagnostic[];
  /** The spec as far as it compiles, shown when it is not valid yet. */
  readonly draft: unknown;
  readonly owners: ReadonlyMap<string, Owner>;
  /** Issue counts per node or edge id. */
  readonly issues: Readonly<Record<string, IssueCount>>;
}

/** The document, and every edit to it. */
export interface DocumentSlice {
  document: DesignerDocument;
  /** Applies a command through the registry; `mergeKey` folds repeated edits (typing, dragging) into one undo step. */
  dispatch(command: Command, options?: { mergeKey?: string }): void;
  /** Lays a spec out and opens it as one undo step; dropped if a later layout request started meanwhile. */
  loadSpec(spec: SyncSpec): Promise<LoadResult>;
  /** Draws new entities (from "Start from data") beside what is there, laid out, as one undo step. */
  addEntities(entities: readonly Entity[]): Promise<void>;
  /** Restores a saved drawing (not an undo step); a damaged one is refused with the reasons. */
  loadDocument(doc: DesignerDocument): LoadResult;
  newDocument(): void;
  applySpecJson(text: string): LoadResult;
  /** Adds a node, with what it comes with (an entity's priority edge and rule), as one undo step. */
  addNode(node: GraphNode, companions?: { nodes: GraphNode[]; edges: GraphEdge[] }): void;
  /** Adds an edge, taking the place of `replaces` (see `checkConnection`). */
  connect(edge: GraphEdge, replaces?: Replacement): void;
  /** Moves nodes; `dragging` frames of one gesture share one undo step. */
  moveNodes(positions: Readonly<Record<string, XY>>, dragging: boolean): void;
  /**
   * Lays the whole drawing out again (see `compiler/layout.ts`) as one undo step, then fits it into
   * view. Only positions change, so the spec is not recompiled. The last layout request wins: the
   * result is dropped if another Arrange or a template started meanwhile, or the drawing was edited.
   */
  arrange(): Promise<void>;
  /** Deletes the selected nodes and edges. */
  deleteSelection(): void;
  copySelection(): void;
  paste(): void;
}

/** One undo stack for every kind of edit. */
export interface HistorySlice {
  canUndo: boolean;
  canRedo: boolean;
  /** The label of the edit undo would revert, e.g. "add entity". */
  undoLabel: string | undefined;
  redoLabel: string | undefined;
  undo(): void;
  redo(): void;
  /** The newest `max` undo and redo steps, to save with the document. */
  undoSnapshot(max: number): UndoSnapshot;
  /** Puts saved steps back after their document was restored. */
  restoreUndo(snapshot: UndoSnapshot): void;
}

/** UI-only state: never part of the document or the spec. */
export interface SelectionSlice {
  selection: { readonly nodes: readonly string[]; readonly edges: readonly string[] };
  /** The node the canvas should centre next; `seq` changes on every request. */
  focusRequest: { readonly nodeId: string; readonly seq: number } | undefined;
  /** Bumped when a whole new drawing is loaded: the canvas then fits it into view. */
  fitRequest: number;
  /** Sizes measured by the canvas. */
  measured: Readonly<Record<string, { readonly width: number; readonly height: number }>>;
  select(selection: { nodes?: readonly string[]; edges?: readonly string[] }): void;
  selectAll(): void;
  focus(pointer: string): void;
  focusNode(id: string): void;
  setMeasured(sizes: Readonly<Record<string, { width: number; height: number }>>): void;
  /** The flow position at the middle of the visible canvas: where click-to-add places nodes. */
  viewCentre: XY;
  setViewCentre(centre: XY): void;
  /**
   * The entity the canvas is focused on: it and everything attached to it stand out, the rest is
   * dimmed (see `canvas/focus.ts`). Undefined shows everything.
   */
  focusEntity: string | undefined;
  setFocusEntity(id: string | undefined): void;
  /** A short message for the user (e.g. why a connection was refused); `seq` changes each time. */
  notice: { readonly text: string; readonly seq: number } | undefined;
  notify(text: string): void;
}

/** Diagnostics, recomputed after spec-changing edits (debounced). */
export interface DiagnosticsSlice {
  compiled: Compiled;
  /** Compiles now instead of waiting for the debounce (tests, export). */
  flushCompile(): void;
}

/** The whole designer state: data and actions. */
export type DesignerState = DocumentSlice &
  HistorySlice &
  SelectionSlice &
  DiagnosticsSlice & {
    /** Stops the store's timers and background compiler (when the designer is unmounted). */
    dispose(): void;
  };

/** A per-instance designer store. */
export type DesignerStore = StoreApi<DesignerState>;

/** Options of {@link createDesignerStore}. */
export interface DesignerStoreOptions {
  /** Wait this long after the last edit before recompiling (default 150 ms; 0 compiles at once). */
  readonly compileDelayMs?: number;
  /** Most undo steps kept (default 200). */
  readonly historyLimit?: number;
  /**
   * Where large documents (200+ nodes) compile: `'auto'` (default) uses a Web Worker when the
   * platform has one, `'off'` always compiles on the UI thread; or pass your own compiler.
   */
  readonly background?: 'auto' | 'off' | BackgroundCompiler;
}
