import {
  check,
  type Diagnostic,
  hasErrors,
  parsePointer,
  type RetryPolicy,
  type SyncSpec,
  sortDiagnostics,
} from '@syncraft/runtime/spec';
import type { DesignerDocument, NodeKind, NodeOf } from '../graph/types';
import { compileEntities } from './compile-entities';
import { compileRoles } from './compile-roles';
import { compileOfflineStates } from './compile-states';
import { CompileContext, type DesignerDiagnostic, type Owner } from './context';

/** The outcome of compiling a document. */
export interface CompileResult {
  /** The spec, when the graph is complete and the spec has no errors (structure or meaning). */
  readonly spec: SyncSpec | undefined;
  /** What the graph compiles to so far, even when it is not a valid spec yet (shown in the JSON view). */
  readonly draft: unknown;
  /**
   * Graph findings (missing edges, unconnected nodes — these carry `nodeId`) and the spec's `check`
   * (validate + lint), sorted errors first.
   */
  readonly diagnostics: DesignerDiagnostic[];
  /** Which node or edge each part of the spec came from, keyed by JSON pointer. */
  readonly owners: ReadonlyMap<string, Owner>;
}

/**
 * How each node kind reaches the spec. The compiler handles exactly these kinds; the kind registry
 * (`kinds/registry.ts`) is checked against this list.
 */
export const compiledKinds = {
  entity: 'entities[] (with its priority, rule, scope and relation edges)',
  priority: 'entities[].sync.priority, through entity → lane edges',
  conflictRule: 'entities[].conflict or entities[].fields[].conflict, through its edge',
  scope: 'entities[].offline.scope, through its edge',
  offlineState: 'offlineStates.states[] and offlineStates.initial',
  anyState: 'offlineStates.transitions[].from = "*"',
  retryPolicy: 'retry',
  role: 'roles[] (with its permission edges)',
} as const satisfies Record<NodeKind, string>;

/**
 * Compiles a graph document to a sync spec. Pure: same document, same result; never throws.
 *
 * @example
 * const { spec, diagnostics } = compile(doc);
 * if (spec) download(JSON.stringify(spec, null, 2));
 */
export function compile(doc: DesignerDocument): CompileResult {
  const { draft, ctx } = compileDraft(doc);
  const graphFindings = ctx.diagnostics;
  // Structure (JSON Schema) and meaning (lint: references, rules that cannot apply, ...).
  const checked = check(draft);
  // The drawing's own words win over the schema's for the same place.
  const covered = (d: Diagnostic) =>
    graphFindings.some(
      (g) =>
        g.nodeId === undefined &&
        (g.pointer === d.pointer || (d.code === 'SPEC010' && g.pointer.startsWith(`${d.pointer}/`))),
    );
  const diagnostics = sortDiagnostics([...graphFindings, ...checked.diagnostics.filter((d) => !covered(d))]);
  const spec = checked.valid && checked.spec && !hasErrors(graphFindings) ? checked.spec : undefined;
  return { spec, draft, diagnostics, owners: ctx.owners };
}

/**
 * The node or edge that owns a JSON pointer into the compiled spec: the owner of the longest
 * registered prefix. `undefined` for app settings and parameters (edited with nothing selected).
 */
export function ownerOf(owners: ReadonlyMap<string, Owner>, ptr: string): Owner | undefined {
  const tokens = parsePointer(ptr);
  for (let n = tokens.length; n > 0; n--) {
    const prefix = tokens
      .slice(0, n)
      .map((t) => `/${t.replace(/~/g, '~0').replace(/\//g, '~1')}`)
      .join('');
    const owner = owners.get(prefix);
    if (owner) return owner;
  }
  return undefined;
}

/**
 * What the drawing says, as a spec object, with the drawing's own findings, before any schema or
 * lint check. Cheap: used to tell whether a JSON edit changes anything.
 */
export function compileDraft(doc: DesignerDocument): { draft: unknown; ctx: CompileContext } {
  const ctx = new CompileContext(doc);
  const roles = compileRoles(ctx);
  const entities = compileEntities(ctx);
  const offlineStates = compileOfflineStates(ctx);
  const retryNodes = doc.nodes.filter((n): n is NodeOf<'retryPolicy'> => n.kind === 'retryPolicy');
  if (retryNodes[0]) ctx.own('/retry', { type: 'node', id: retryNodes[0].id });
  if (retryNodes.length === 0) {
    ctx.report('SPEC010', '/retry', 'The app has no retry policy.', 'Drag a retry policy onto the canvas.');
  } else if (retryNodes.length > 1) {
    ctx.report(
      'SPEC019',
      '/retry',
      `The app has ${retryNodes.length} retry policies.`,
      'Keep one retry policy and delete the others.',
      { type: 'node', id: retryNodes[1]!.id },
    );
  }
  const retry: RetryPolicy | undefined = retryNodes[0]?.data.retry;
  const draft = {
    ...(doc.specSchema !== undefined && { $schema: doc.specSchema }),
    specVersion: 1,
    app: doc.app,
    ...((doc.parameters.length > 0 || doc.emptyParameters) && { parameters: doc.parameters }),
    roles,
    entities,
    ...(doc.subscriptions !== undefined && { subscriptions: doc.subscriptions }),
    offlineStates,
    ...(retry !== undefined && { retry }),
  };
  if (!doc.nodes.some((n) => n.kind === 'entity')) {
    ctx.report(
      'SPEC015',
      '/entities',
      'The app has no entity yet.',
      'Drag an Entity from the palette: it is a kind of record the app stores, such as a job or a site.',
    );
  }
  if (!doc.nodes.some((n) => n.kind === 'role')) {
    ctx.report(
      'SPEC015',
      '/roles',
      'The app has no role yet.',
      'Drag a Role from the palette and connect it to the entities its users may read or change.',
    );
  }
  for (const node of doc.nodes) {
    if (node.kind === 'conflictRule' && ctx.from(node.id, 'rule').length === 0) {
      ctx.warnNode(
        node.id,
        'A conflict rule is not connected to an entity, so it has no effect.',
        'Connect it to an entity, or to one of its fields, or delete it.',
      );
    } else if (node.kind === 'scope' && ctx.from(node.id, 'scope').length === 0) {
      ctx.warnNode(
        node.id,
        'A scope is not connected to an entity, so it has no effect.',
        'Connect it to the entity whose records it selects, or delete it.',
      );
    }
  }
  return { draft, ctx };
}
