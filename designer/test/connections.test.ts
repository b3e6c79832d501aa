import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { decompile } from '../src/compiler';
import { checkConnection } from '../src/connections';
import type { DesignerDocument } from '../src/graph/types';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../templates/field-service.json'), 'utf8'),
) as SyncSpec;
const doc: DesignerDocument = decompile(template);
const id = (kind: string, name: string) => {
  const node = doc.nodes.find(
    (n) =>
      n.kind === kind &&
      ((n.kind === 'entity' && n.data.name === name) ||
        (n.kind === 'role' && n.data.name === name) ||
        (n.kind === 'offlineState' && n.data.state.name === name) ||
        (n.kind === 'priority' && n.data.priority === name) ||
        (n.kind === 'conflictRule' && n.data.rule.strategy === name) ||
        n.kind === 'retryPolicy' ||
        n.kind === 'anyState' ||
        n.kind === 'scope'),
  );
  if (!node) throw new Error(`no ${kind} ${name}`);
  return node.id;
};
const reason = (result: ReturnType<typeof checkConnection>) => (result.ok ? 'accepted' : result.reason);

describe('connection rules', { timeout: 30_000 }, () => {
  it('moves an entity to the lane it is drawn to: the old priority edge is replaced', () => {
    const old = doc.edges.find((e) => e.kind === 'priority' && e.source === id('entity', 'Job'))!;
    const result = checkConnection(doc, { source: id('entity', 'Job'), target: id('priority', 'low') });
    expect(result.ok && result.replaces).toEqual({ edges: [old.id], nodes: [] });
    const again = checkConnection(doc, { source: id('entity', 'Job'), target: old.target });
    expect(reason(again)).toMatch(/already in the .* lane/);
  });

  it('swaps an entity rule for a new one, dropping the old rule card when nothing else uses it', () => {
    const job = id('entity', 'Job');
    const current = doc.edges.find(
      (e) => e.kind === 'rule' && e.target === job && e.data.field === undefined,
    )!;
    const fresh = {
      id: 'rule-new',
      kind: 'conflictRule' as const,
      position: { x: 0, y: 0 },
      data: { rule: { strategy: 'server-wins' as const } },
    };
    const result = checkConnection(
      { ...doc, nodes: [...doc.nodes, fresh] },
      { source: fresh.id, target: job },
    );
    expect(result.ok && result.replaces).toEqual({ edges: [current.id], nodes: [current.source] });
    expect(reason(checkConnection(doc, { source: current.source, target: job }))).toMatch(
      /already the conflict rule/,
    );
  });

  it('turns a connection drawn from a lane to an entity around', () => {
    const without = { ...doc, edges: doc.edges.filter((e) => e.kind !== 'priority') };
    const result = checkConnection(without, { source: id('priority', 'low'), target: id('entity', 'Job') });
    expect(result.ok && result.edge).toMatchObject({
      kind: 'priority',
      source: id('entity', 'Job'),
      target: id('priority', 'low'),
    });
  });

  it('attaches a rule to a field through the field handle', () => {
    const rule = doc.nodes.find((n) => n.kind === 'conflictRule')!.id;
    const result = checkConnection(doc, {
      source: rule,
      target: id('entity', 'Site'),
      targetHandle: 'field:name',
    });
    expect(result.ok && result.edge).toMatchObject({ kind: 'rule', data: { field: 'name' } });
  });

  it('refuses a second rule on a field that has one', () => {
    const rule = doc.nodes.find((n) => n.kind === 'conflictRule')!.id;
    const result = checkConnection(doc, {
      source: rule,
      target: id('entity', 'Job'),
      targetHandle: 'field:status',
    });
    expect(reason(result)).toMatch(/already has a conflict rule/);
  });

  it('refuses a rule on anything but an entity', () => {
    const rule = doc.nodes.find((n) => n.kind === 'conflictRule')!.id;
    expect(reason(checkConnection(doc, { source: rule, target: id('role', 'technician') }))).toBe(
      'A conflict rule connects to an entity or one of its fields.',
    );
  });

  it('only lets a conflict rule attach to a field handle', () => {
    const result = checkConnection(doc, {
      source: id('role', 'technician'),
      target: id('entity', 'Job'),
      targetHandle: 'field:notes',
    });
    expect(reason(result)).toMatch(/Only a conflict rule attaches to a field/);
  });

  it('connects offline states with transitions and refuses other targets', () => {
    const ok = checkConnection(doc, {
      source: id('offlineState', 'offline'),
      target: id('offlineState', 'metered'),
    });
    expect(ok.ok && ok.edge.kind).toBe('transition');
    expect(
      reason(checkConnection(doc, { source: id('offlineState', 'offline'), target: id('entity', 'Job') })),
    ).toBe('Transitions connect two offline states.');
  });

  it('makes a relation between two entities, guessing the reference field', () => {
    const result = checkConnection(doc, { source: id('entity', 'Visit'), target: id('entity', 'Job') });
    expect(result.ok && result.edge).toMatchObject({
      kind: 'relation',
      data: { field: 'jobId', kind: 'many-to-one' },
    });
  });

  it('refuses a duplicate permission and any connection of the retry policy', () => {
    expect(
      reason(checkConnection(doc, { source: id('role', 'technician'), target: id('entity', 'Job') })),
    ).toMatch(/already has a permission/);
    expect(
      reason(checkConnection(doc, { source: id('retryPolicy', ''), target: id('entity', 'Job') })),
    ).toMatch(/no connections/);
  });

  it('refuses to connect a node to itself', () => {
    expect(
      reason(checkConnection(doc, { source: id('entity', 'Job'), target: id('entity', 'Job') })),
    ).toMatch(/two different nodes/);
  });
});
