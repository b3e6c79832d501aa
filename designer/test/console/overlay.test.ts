import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diff, type SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { dockPlan } from '../../src/compiler/layout-dock';
import { estimateSize } from '../../src/compiler/size';
import { canvasDiff, type Drawing } from '../../src/console/review/canvas-diff';
import { GHOST, overlayFocus, overlayModel } from '../../src/console/review/overlay';
import { drawing, fieldService, nodeOf } from './drawings';

const templatesDir = join(import.meta.dirname, '../../../templates');

/** The overlay of `after` over `before`, with both drawings and the changes. */
function overlayOf(before: SyncSpec, after: SyncSpec) {
  const [old, next] = [drawing(before), drawing(after)];
  const changes = diff(before, after);
  const canvas = canvasDiff(old, next, changes);
  return { old, next, changes, canvas, overlay: overlayModel(old, next, canvas) };
}

/** Removes the entity Visit and everything that names it (grants, relations). */
function withoutVisit(spec: SyncSpec): void {
  spec.entities = spec.entities.filter((e) => e.name !== 'Visit');
  for (const role of spec.roles) role.permissions = role.permissions.filter((p) => p.entity !== 'Visit');
  for (const e of spec.entities)
    if (e.relations) e.relations = e.relations.filter((r) => r.entity !== 'Visit');
}

/** The id of the node of `kind` named `name` (the test fails without one). */
const named = (d: Drawing, kind: string, name: string) => nodeOf(d, kind, name) ?? `no ${kind} ${name}`;

describe('the overlaid review drawing', () => {
  it('is the candidate alone, unmarked, when nothing changed', () => {
    const { next, overlay } = overlayOf(fieldService(), fieldService());
    expect(overlay.doc.nodes.map((n) => n.id)).toEqual(next.doc.nodes.map((n) => n.id));
    expect(overlay.doc.edges.length).toBe(next.doc.edges.length);
    expect(overlay.nodes.size + overlay.edges.size).toBe(0);
  });

  it.each(readdirSync(templatesDir).filter((f) => f.endsWith('.json')))(
    'finds every node of %s in an unchanged copy: nothing marked, nothing ghosted',
    (file) => {
      const spec = JSON.parse(readFileSync(join(templatesDir, file), 'utf8')) as SyncSpec;
      const { next, overlay, canvas } = overlayOf(spec, structuredClone(spec));
      expect(overlay.doc.nodes.length).toBe(next.doc.nodes.length);
      expect(canvas.published.nodes.size + canvas.published.edges.size).toBe(0);
      expect(overlay.nodes.size + overlay.edges.size).toBe(0);
      expect(overlay.fields.size).toBe(0);
    },
  );

  it('ghosts a removed entity with its rule and scope beside the candidate, and marks the added one', () => {
    const before = fieldService();
    const after = fieldService();
    const site = after.entities.find((e) => e.name === 'Site')!;
    after.entities.push({ ...structuredClone(site), name: 'Depot' });
    withoutVisit(after);
    const { old, next, overlay } = overlayOf(before, after);

    const visit = `${GHOST}${named(old, 'entity', 'Visit')}`;
    const ghost = overlay.doc.nodes.find((n) => n.id === visit)!;
    expect(overlay.nodes.get(visit)).toBe('removed');
    const right = Math.max(...next.doc.nodes.map((n) => n.position.x + estimateSize(n).width));
    expect(ghost.position.x).toBeGreaterThan(right);
    // Its rule and scope come along, attached to the ghost, and the roles' grants on it are ghost edges.
    const attached = overlay.doc.edges.filter((e) => e.target === visit);
    expect(attached.map((e) => e.kind).sort()).toEqual(
      expect.arrayContaining(['permission', 'rule', 'scope']),
    );
    for (const e of attached) expect(overlay.edges.get(e.id)).toBe('removed');
    for (const e of attached.filter((x) => x.kind === 'rule' || x.kind === 'scope'))
      expect(overlay.nodes.get(e.source)).toBe('removed');
    const technician = named(next, 'role', 'technician');
    expect(attached.some((e) => e.kind === 'permission' && e.source === technician)).toBe(true);

    expect(overlay.nodes.get(named(next, 'entity', 'Depot'))).toBe('added');
    expect(overlay.nodes.get(named(next, 'entity', 'Site'))).toBe(undefined);
    expect(overlay.nodes.get(named(next, 'entity', 'Job'))).toBe('changed'); // its relation to Visit went
    // Every edge joins nodes that are on the overlay.
    const ids = new Set(overlay.doc.nodes.map((n) => n.id));
    for (const e of overlay.doc.edges) expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
  });

  it('centres the ghost of a removed entity when its diff item is chosen', () => {
    const before = fieldService();
    const after = fieldService();
    withoutVisit(after);
    const { old, overlay, changes, canvas } = overlayOf(before, after);
    const index = changes.findIndex((c) => c.kind === 'entity-removed');
    expect(overlayFocus(overlay, canvas.places[index])).toBe(`${GHOST}${named(old, 'entity', 'Visit')}`);
  });

  it('marks a changed rule changed without a ghost', () => {
    const before = fieldService();
    const after = fieldService();
    after.entities.find((e) => e.name === 'Job')!.conflict = { strategy: 'last-writer-wins' };
    const { next, overlay, changes, canvas } = overlayOf(before, after);
    expect(overlay.doc.nodes.length).toBe(next.doc.nodes.length);
    const index = changes.findIndex((c) => c.kind === 'conflict-rule-changed');
    const focus = overlayFocus(overlay, canvas.places[index]);
    expect(next.doc.nodes.find((n) => n.id === focus)?.kind).toBe('conflictRule');
    expect(overlay.nodes.get(focus!)).toBe('changed');
  });

  it('draws a removed field rule as a ghost docked under its entity, which the diff item focuses', () => {
    const before = fieldService();
    const after = fieldService();
    const notes = after.entities.find((e) => e.name === 'Job')!.fields.find((f) => f.name === 'notes')!;
    delete (notes as { conflict?: unknown }).conflict;
    const { next, overlay, changes, canvas } = overlayOf(before, after);
    const ghosts = overlay.doc.nodes.filter((n) => n.id.startsWith(GHOST));
    expect(ghosts.map((n) => n.kind)).toEqual(['conflictRule']);
    const job = named(next, 'entity', 'Job');
    expect(dockPlan(overlay.doc).docks.get(ghosts[0]!.id)).toMatchObject({ host: job, role: 'field-rule' });
    expect(overlay.nodes.get(ghosts[0]!.id)).toBe('removed');
    // Side by side too, the published drawing marks that rule removed, not only its entity changed.
    expect(canvas.published.nodes.get(ghosts[0]!.id.slice(GHOST.length))).toBe('removed');
    // The change is the field's (its rule is now the entity's): it centres Job, the ghost under it.
    const index = changes.findIndex((c) => c.kind === 'conflict-rule-changed' && c.field === 'notes');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(overlayFocus(overlay, canvas.places[index])).toBe(job);
  });

  it('shows a removed field ghosted where it was in its entity card, and marks added and changed fields', () => {
    const before = fieldService();
    const after = fieldService();
    const job = after.entities.find((e) => e.name === 'Job')!;
    job.fields = job.fields.filter((f) => f.name !== 'notes');
    job.fields.push({ name: 'priority', type: 'integer' });
    job.fields.find((f) => f.name === 'title')!.required = false;
    const { next, overlay } = overlayOf(before, after);
    const id = named(next, 'entity', 'Job');

    expect(overlay.fields.get(id)).toEqual(
      new Map([
        ['title', 'changed'],
        ['priority', 'added'],
        ['notes', 'removed'],
      ]),
    );
    const names = (doc: typeof next.doc) => {
      const node = doc.nodes.find((n) => n.id === id);
      return node?.kind === 'entity' ? node.data.fields.map((f) => f.name) : [];
    };
    // Put back after the field it followed on the published card; the candidate's own drawing keeps
    // only its fields.
    expect(names(overlay.doc)).toEqual([
      'id',
      'title',
      'siteId',
      'assigneeId',
      'region',
      'status',
      'scheduledAt',
      'completedAt',
      'notes',
      'minutesWorked',
      'partsUsed',
      'priority',
    ]);
    expect(names(next.doc)).not.toContain('notes');
    // The field's own rule, gone with it, is a ghost docked on the ghosted field's row.
    const ghostRule = overlay.doc.edges.find(
      (e) => e.id.startsWith(GHOST) && e.kind === 'rule' && e.data.field === 'notes',
    );
    expect(ghostRule?.target).toBe(id);
    expect(overlay.nodes.get(ghostRule!.source)).toBe('removed');
  });

  it('marks no field of an entity whose fields are the same', () => {
    const before = fieldService();
    const after = fieldService();
    after.entities.find((e) => e.name === 'Job')!.conflict = { strategy: 'last-writer-wins' };
    expect(overlayOf(before, after).overlay.fields.size).toBe(0);
  });

  it('draws a removed grant as a ghost edge between the role and the entity that remain', () => {
    const before = fieldService();
    const after = fieldService();
    const dispatcher = after.roles.find((r) => r.name === 'dispatcher')!;
    dispatcher.permissions = dispatcher.permissions.filter((p) => p.entity !== 'Site');
    const { next, overlay } = overlayOf(before, after);
    const ghostEdges = overlay.doc.edges.filter((e) => e.id.startsWith(GHOST));
    expect(ghostEdges).toHaveLength(1);
    expect(ghostEdges[0]).toMatchObject({
      kind: 'permission',
      source: named(next, 'role', 'dispatcher'),
      target: named(next, 'entity', 'Site'),
    });
    expect(overlay.edges.get(ghostEdges[0]!.id)).toBe('removed');
    expect(overlay.nodes.get(named(next, 'role', 'dispatcher'))).toBe('changed');
    expect(overlay.doc.nodes.some((n) => n.id.startsWith(GHOST))).toBe(false);
  });

  it('is the candidate all added for a first publication', () => {
    const next = drawing(fieldService());
    const overlay = overlayModel(undefined, next, canvasDiff(undefined, next, []));
    expect(overlay.doc).toBe(next.doc);
    expect([...overlay.nodes.values()].every((m) => m === 'added')).toBe(true);
    expect(overlay.nodes.size).toBe(next.doc.nodes.length);
  });
});
