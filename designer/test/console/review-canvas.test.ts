import { diff } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { canvasDiff, counterpart } from '../../src/console/review/canvas-diff';
import { changedEntities, firstPublicationLines, groupByRisk } from '../../src/console/review/diff-groups';
import { drawing, fieldService, nodeOf } from './drawings';

describe('the review canvas', () => {
  it('finds the same place in another version by name, whatever the list order', () => {
    const before = fieldService();
    const after = fieldService();
    after.entities.reverse();
    const job = after.entities.findIndex((e) => e.name === 'Job');
    const jobBefore = before.entities.findIndex((e) => e.name === 'Job');
    expect(counterpart(`/entities/${job}/conflict`, after, before)).toEqual({
      pointer: `/entities/${jobBefore}/conflict`,
      complete: true,
    });
    after.entities[job]!.fields.push({ name: 'extra', type: 'string' });
    const extra = after.entities[job]!.fields.length - 1;
    expect(counterpart(`/entities/${job}/fields/${extra}`, after, before)).toEqual({
      pointer: `/entities/${jobBefore}/fields`,
      complete: false,
    });
  });

  it('marks a changed rule changed on both drawings and focuses its node on each', () => {
    const before = fieldService();
    const after = fieldService();
    const job = after.entities.find((e) => e.name === 'Job')!;
    job.conflict = { strategy: 'last-writer-wins' };
    const changes = diff(before, after);
    const [old, next] = [drawing(before), drawing(after)];
    const result = canvasDiff(old, next, changes);
    const index = changes.findIndex((c) => c.kind === 'conflict-rule-changed');
    const place = result.places[index]!;
    expect(place.candidate).toBeDefined();
    expect(next.doc.nodes.find((n) => n.id === place.candidate)?.kind).toBe('conflictRule');
    expect(result.candidate.nodes.get(place.candidate!)).toBe('changed');
    expect(result.published.nodes.get(place.published!)).toBe('changed');
  });

  it('marks an added entity and its rule added on the candidate, a removed one removed on the published drawing', () => {
    const before = fieldService();
    const after = fieldService();
    const site = after.entities.findIndex((e) => e.name === 'Site');
    const copy = structuredClone(after.entities[site]!);
    after.entities.push({ ...copy, name: 'Depot' });
    const removed = after.entities.splice(
      after.entities.findIndex((e) => e.name === 'Visit'),
      1,
    );
    // Nothing may still point at the removed entity for the diff to be meaningful.
    for (const role of after.roles) role.permissions = role.permissions.filter((p) => p.entity !== 'Visit');
    const changes = diff(before, after);
    const [old, next] = [drawing(before), drawing(after)];
    const result = canvasDiff(old, next, changes);
    const depot = nodeOf(next, 'entity', 'Depot')!;
    expect(result.candidate.nodes.get(depot)).toBe('added');
    const depotRule = next.doc.edges.find((e) => e.kind === 'rule' && e.target === depot)!.source;
    expect(result.candidate.nodes.get(depotRule)).toBe('added');
    expect(removed[0]?.name).toBe('Visit');
    expect(result.published.nodes.get(nodeOf(old, 'entity', 'Visit')!)).toBe('removed');
    expect(result.candidate.nodes.get(nodeOf(next, 'entity', 'Job')!)).toBeUndefined();
  });

  it('marks everything added for a first publication', () => {
    const spec = drawing(fieldService());
    const result = canvasDiff(undefined, spec, []);
    expect(result.candidate.nodes.size).toBe(spec.doc.nodes.length);
    expect([...result.candidate.nodes.values()].every((m) => m === 'added')).toBe(true);
    expect(result.published.nodes.size).toBe(0);
  });
});

describe('the review list', () => {
  it('groups changes high risk first, breaking first within a group, and names the entities touched', () => {
    const before = fieldService();
    const after = fieldService();
    const job = after.entities.find((e) => e.name === 'Job')!;
    job.conflict = { strategy: 'last-writer-wins' };
    job.fields = job.fields.filter((f) => f.name !== 'notes');
    for (const role of after.roles)
      for (const p of role.permissions)
        if (p.writableFields) p.writableFields = p.writableFields.filter((f) => f !== 'notes');
    after.app.version = '2.0.0';
    const changes = diff(before, after);
    const groups = groupByRisk(changes);
    expect(groups.map((g) => g.risk)).toEqual(['high', 'medium', 'low']);
    expect(groups[0]!.items[0]).toMatchObject({ breaking: true, entity: 'Job' });
    expect(groups.flatMap((g) => g.items).length).toBe(changes.length);
    expect(changedEntities(changes, after)).toEqual(['Job']);
  });

  it('says what a first version brings, entity by entity and role by role', () => {
    const spec = fieldService();
    const lines = firstPublicationLines(spec);
    expect(lines).toHaveLength(spec.entities.length + spec.roles.length);
    expect(lines.find((l) => l.startsWith('Entity Job:'))).toMatch(/priority \w+, conflicts settled by/);
    expect(lines.find((l) => l.startsWith('Role technician:'))).toMatch(/read/);
  });
});
