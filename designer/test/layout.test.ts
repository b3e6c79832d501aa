import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { compile, decompile, layout } from '../src/compiler';
import { ELK_NODE_LIMIT } from '../src/compiler/layout';
import { dockPlan, drawnSize } from '../src/compiler/layout-dock';
import type { DesignerDocument } from '../src/graph/types';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../templates/field-service.json'), 'utf8'),
) as SyncSpec;

/** The template's entities copied `times` times under new names, references kept inside each copy. */
function bigSpec(times: number): SyncSpec {
  const entities = [];
  for (let i = 0; i < times; i++) {
    for (const e of template.entities) {
      entities.push({
        ...structuredClone(e),
        name: `${e.name}${i}`,
        fields: e.fields.map((f) => (f.type === 'reference' ? { ...f, entity: `${f.entity}${i}` } : f)),
        relations: (e.relations ?? []).map((r) => ({ ...r, entity: `${r.entity}${i}` })),
      });
    }
  }
  const roles = template.roles.map((r) => ({
    ...r,
    permissions: r.permissions.map((p) => ({ ...p, entity: `${p.entity}0` })),
  }));
  return { ...template, entities, roles };
}

function overlaps(doc: DesignerDocument): string[] {
  const plan = dockPlan(doc);
  const boxes = doc.nodes.map((n) => ({ id: n.id, ...n.position, ...drawnSize(n, plan) }));
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        out.push(`${a.id}/${b.id}`);
    }
  }
  return out;
}

describe('auto-layout', { timeout: 60_000 }, () => {
  it('lays out a large app without overlaps, the same way every time, without changing its spec', async () => {
    const spec = bigSpec(40);
    const doc = decompile(spec);
    expect(doc.nodes.length).toBeGreaterThan(ELK_NODE_LIMIT);
    const first = await layout(doc);
    const second = await layout(doc);
    expect(first.nodes.map((n) => n.position)).toEqual(second.nodes.map((n) => n.position));
    expect(overlaps(first)).toEqual([]);
    // Too large for ELK: plain curves, no routes left from an earlier Arrange.
    expect(first.routes).toBeUndefined();
    expect(compile(first).draft).toStrictEqual(spec);
  });

  it('puts the priority lanes in one column, critical first', async () => {
    const doc = await layout(decompile(template));
    const lanes = doc.nodes.filter((n) => n.kind === 'priority');
    expect(new Set(lanes.map((n) => n.position.x)).size).toBe(1);
    const ys = lanes.map((n) => n.position.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(overlaps(doc)).toEqual([]);
  });
});
