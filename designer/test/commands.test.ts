import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { freeSpot } from '../src/canvas/placement';
import { compile, decompile, estimateSize, layout } from '../src/compiler';
import type { DesignerDocument, GraphNode } from '../src/graph/types';
import { blankDocument } from '../src/store/blank';
import { applyCommand } from '../src/store/commands';
import { identityKeys, keepPositions } from '../src/store/keep-positions';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../templates/field-service.json'), 'utf8'),
) as SyncSpec;
const entityId = (doc: DesignerDocument, name: string) =>
  doc.nodes.find((n) => n.kind === 'entity' && n.data.name === name)!.id;

describe('document commands', { timeout: 30_000 }, () => {
  it('renaming an entity renames the reference fields and state lists that name it', () => {
    const doc = decompile(template);
    const renamed = applyCommand(doc, { type: 'renameEntity', id: entityId(doc, 'Job'), to: 'WorkOrder' });
    const spec = compile(renamed).draft as SyncSpec;
    const visit = spec.entities.find((e) => e.name === 'Visit')!;
    expect(visit.fields.find((f) => f.name === 'jobId')).toMatchObject({
      type: 'reference',
      entity: 'WorkOrder',
    });
    expect(spec.roles[0]!.permissions[0]!.entity).toBe('WorkOrder');
    expect(spec.entities.find((e) => e.name === 'Visit')!.relations![0]!.entity).toBe('WorkOrder');
    expect(compile(renamed).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('renaming a field moves the field-level rule and the key with it', () => {
    const doc = decompile(template);
    const job = entityId(doc, 'Job');
    const renamed = applyCommand(doc, { type: 'renameField', id: job, index: 5, to: 'state' });
    const spec = compile(renamed).draft as SyncSpec;
    const field = spec.entities.find((e) => e.name === 'Job')!.fields.find((f) => f.name === 'state');
    expect(field?.conflict?.strategy).toBe('enum-precedence');
    const keyed = applyCommand(doc, { type: 'renameField', id: job, index: 0, to: 'jobKey' });
    expect((compile(keyed).draft as SyncSpec).entities.find((e) => e.name === 'Job')!.key).toBe('jobKey');
  });

  it('renaming one of two fields that share a name leaves the key and rules with the other', () => {
    const doc = decompile(template);
    const job = entityId(doc, 'Job');
    // Two fields named "status": the renamed copy (index 8) takes nothing with it.
    const clash = applyCommand(doc, { type: 'renameField', id: job, index: 8, to: 'status' });
    const onward = applyCommand(clash, { type: 'renameField', id: job, index: 8, to: 'statusNote' });
    const fields = (compile(onward).draft as SyncSpec).entities.find((e) => e.name === 'Job')!.fields;
    expect(fields.find((f) => f.name === 'status')?.conflict?.strategy).toBe('enum-precedence');
    expect(fields.find((f) => f.name === 'statusNote')?.type).toBe('text');
  });

  it('renaming a field follows it into scopes, permissions, relations, indexes and encryption', () => {
    const doc = decompile(template);
    const job = entityId(doc, 'Job');
    const visit = entityId(doc, 'Visit');
    const assignee = applyCommand(doc, { type: 'renameField', id: job, index: 3, to: 'ownerId' });
    const spec = compile(assignee).draft as SyncSpec;
    const jobSpec = spec.entities.find((e) => e.name === 'Job')!;
    expect(JSON.stringify(jobSpec.offline.scope)).toContain('"field":"ownerId"');
    expect(JSON.stringify(spec.roles[0]!.permissions[0]!.scope)).toContain('"field":"ownerId"');
    expect(jobSpec.indexes).toContainEqual({ fields: ['ownerId', 'scheduledAt'] });
    // Visit.jobId links the one-to-many relation "visits" of Job and the many-to-one "job" of Visit.
    const linked = applyCommand(doc, { type: 'renameField', id: visit, index: 1, to: 'workId' });
    const linkedSpec = compile(linked).draft as SyncSpec;
    expect(linkedSpec.entities.find((e) => e.name === 'Job')!.relations![1]!.field).toBe('workId');
    expect(linkedSpec.entities.find((e) => e.name === 'Visit')!.relations![0]!.field).toBe('workId');
    const secret = applyCommand(doc, { type: 'renameField', id: visit, index: 5, to: 'signedBy' });
    expect(
      (compile(secret).draft as SyncSpec).entities.find((e) => e.name === 'Visit')!.offline.encrypt,
    ).toEqual(['signedBy']);
    expect(compile(linked).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('renaming a role renames the "user has role" tests in scopes', () => {
    const doc = decompile(template);
    const dispatcher = doc.nodes.find((n) => n.kind === 'role' && n.data.name === 'dispatcher')!;
    const renamed = applyCommand(doc, { type: 'renameRole', id: dispatcher.id, to: 'planner' });
    const spec = compile(renamed).draft as SyncSpec;
    expect(spec.roles[1]!.name).toBe('planner');
    expect(JSON.stringify(spec.entities.find((e) => e.name === 'Job')!.offline.scope)).toContain(
      '{"role":"planner"}',
    );
  });

  it('a move that changes nothing returns the same document', () => {
    const doc = blankDocument();
    const first = doc.nodes[0]!;
    expect(applyCommand(doc, { type: 'moveNodes', positions: { [first.id]: first.position } })).toBe(doc);
  });

  it('setting parameters forgets that the imported spec listed none', () => {
    const doc = { ...blankDocument(), emptyParameters: true as const };
    const next = applyCommand(doc, {
      type: 'setParameters',
      parameters: [{ name: 'region', type: 'string' }],
    });
    expect(next.emptyParameters).toBeUndefined();
    expect(next.parameters).toEqual([{ name: 'region', type: 'string' }]);
  });
});

describe('keeping the drawing across JSON edits', { timeout: 30_000 }, () => {
  it('gives rules and scopes an identity from what they are attached to', () => {
    const keys = [...identityKeys(decompile(template)).values()];
    expect(keys).toContain('rule:Job.status');
    expect(keys).toContain('rule:Job');
    expect(keys).toContain('scope:Job');
    expect(keys).toContain('state:online');
  });

  it('never reuses an id for two nodes when entities change places', () => {
    const before = decompile(template);
    const swapped = structuredClone(template);
    swapped.entities.reverse();
    const after = keepPositions(before, decompile(swapped));
    const ids = after.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(entityId(after, 'Job')).toBe(entityId(before, 'Job'));
    expect(compile(after).draft).toStrictEqual(swapped);
  });
});

describe('routes across JSON edits', { timeout: 30_000 }, () => {
  it('an edit in the JSON view keeps the routes of edges between the same cards, and drops the rest', async () => {
    const before = await layout(decompile(template));
    const edited = structuredClone(template);
    // Job loses its relation to Site; everything else stays.
    const job = edited.entities.find((e) => e.name === 'Job')!;
    job.relations = (job.relations ?? []).filter((r) => r.entity !== 'Site');
    const after = keepPositions(before, decompile(edited));
    const jobId = entityId(before, 'Job');
    const siteId = entityId(before, 'Site');
    const routeOf = (doc: DesignerDocument, kind: string, source: string, target: string) => {
      const edge = doc.edges.find((e) => e.kind === kind && e.source === source && e.target === target);
      return edge && doc.routes?.[edge.id];
    };
    const lane = before.edges.find((e) => e.kind === 'priority' && e.source === jobId)!.target;
    expect(routeOf(after, 'priority', jobId, lane)).toEqual(routeOf(before, 'priority', jobId, lane));
    expect(routeOf(before, 'relation', jobId, siteId)).toBeDefined();
    expect(after.edges.some((e) => e.kind === 'relation' && e.source === jobId && e.target === siteId)).toBe(
      false,
    );
    expect(Object.keys(after.routes ?? {}).length).toBe(Object.keys(before.routes ?? {}).length - 1);
  });
});

describe('placing a new node', { timeout: 30_000 }, () => {
  const node = (id: string, x: number, y: number): GraphNode => ({
    id,
    kind: 'role',
    position: { x, y },
    data: { name: id },
  });

  it('keeps the requested place when it is free', () => {
    const doc = { ...blankDocument(), nodes: [] };
    expect(freeSpot(doc, {}, node('n', 0, 0), { x: 10, y: 10 })).toEqual({ x: 10, y: 10 });
  });

  it('moves off an existing node to the nearest free place', () => {
    const doc = { ...blankDocument(), nodes: [node('a', 0, 0)] };
    const spot = freeSpot(doc, {}, node('n', 0, 0), { x: 0, y: 0 });
    const size = estimateSize(node('a', 0, 0));
    const clear =
      spot.x >= size.width + 16 ||
      spot.x + size.width + 16 <= 0 ||
      spot.y >= size.height + 16 ||
      spot.y + size.height + 16 <= 0;
    expect(clear).toBe(true);
  });
});
