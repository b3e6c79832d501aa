import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { decompile, layout } from '../src/compiler';
import { edgeShape, handleAnchor } from '../src/compiler/edge-path';
import { measureLegibility } from '../src/compiler/legibility';
import type { DesignerDocument, GraphEdge, GraphNode } from '../src/graph/types';
import { applyCommand } from '../src/store/commands';

const templatesDir = join(import.meta.dirname, '../../templates');
const templates = readdirSync(templatesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const load = (id: string) => JSON.parse(readFileSync(join(templatesDir, `${id}.json`), 'utf8')) as SyncSpec;

/**
 * What Arrange achieves on each template, pinned: a change that makes any template's drawing cross
 * more, or run an edge under a card, fails here. Lower them when the layout gets better. (Before
 * edges were routed around cards, the plain curves of the layout then crossed 171 times and ran under
 * cards 104 times over these seven templates.)
 */
const PINNED: Record<string, { crossings: number; passes: number }> = {
  'disaster-response': { crossings: 3, passes: 0 },
  'field-service': { crossings: 2, passes: 0 },
  inspections: { crossings: 1, passes: 0 },
  'inventory-counts': { crossings: 6, passes: 0 },
  'issue-tracker': { crossings: 3, passes: 0 },
  'shared-checklists': { crossings: 3, passes: 0 },
  'shared-lists': { crossings: 0, passes: 0 },
};

function role(id: string, x: number, y: number): GraphNode {
  return { id, kind: 'role', position: { x, y }, data: { name: id } };
}
function lane(id: string, x: number, y: number): GraphNode {
  return { id, kind: 'priority', position: { x, y }, data: { priority: 'normal' } };
}
function entity(id: string, x: number, y: number): GraphNode {
  const data = { name: id, key: 'id', fields: [], offline: {}, sync: {} } as unknown;
  return { id, kind: 'entity', position: { x, y }, data } as GraphNode;
}
function permission(id: string, source: string, target: string): GraphEdge {
  return { id, kind: 'permission', source, target, data: { actions: ['read'] } };
}

describe('legibility measure', () => {
  it('counts two edges that cross, once', () => {
    // a1 → b2 runs down while a2 → b1 runs up: they cross between the columns.
    const nodes = [role('a1', 0, 0), role('a2', 0, 200), lane('b1', 500, 0), lane('b2', 500, 200)];
    const edges = [permission('down', 'a1', 'b2'), permission('up', 'a2', 'b1')];
    const m = measureLegibility({ nodes, edges });
    expect(m.crossings).toEqual(['down × up']);
    expect(m.edgeCardPasses).toBe(0);
  });

  it('does not count edges fanning out of one card as crossing', () => {
    const nodes = [role('a', 0, 100), lane('b1', 500, 0), lane('b2', 500, 200)];
    const edges = [permission('one', 'a', 'b1'), permission('two', 'a', 'b2')];
    expect(measureLegibility({ nodes, edges }).edgeCrossings).toBe(0);
  });

  it('counts an edge passing under a card other than its ends', () => {
    const nodes = [role('a', 0, 0), entity('middle', 300, -20), lane('b', 700, 0)];
    const m = measureLegibility({ nodes, edges: [permission('through', 'a', 'b')] });
    expect(m.passes).toEqual(['through → middle']);
  });

  it('measures the route Arrange chose instead of the curve while the ends stay put', () => {
    const nodes = [role('a', 0, 0), entity('middle', 300, -20), lane('b', 700, 0)];
    const edges = [permission('around', 'a', 'b')];
    // Around the card: right, down under it, right, up to the lane.
    const routes = {
      around: [
        { x: 200, y: 36 },
        { x: 260, y: 36 },
        { x: 260, y: 300 },
        { x: 640, y: 300 },
        { x: 640, y: 36 },
        { x: 700, y: 36 },
      ],
    };
    expect(measureLegibility({ nodes, edges, routes }).edgeCardPasses).toBe(0);
  });
});

describe('routes', { timeout: 60_000 }, () => {
  it('an edge keeps its route while its ends stay, and is a curve again once an end moves away', async () => {
    const doc = await layout(decompile(load('field-service')));
    expect((await layout(decompile(load('field-service')))).routes).toEqual(doc.routes);
    const edge = doc.edges.find((e) => e.kind === 'relation')!;
    const ends = (d: DesignerDocument) => {
      const source = d.nodes.find((n) => n.id === edge.source)!;
      const target = d.nodes.find((n) => n.id === edge.target)!;
      return [handleAnchor(source, 'out'), handleAnchor(target, 'in')] as const;
    };
    expect(edgeShape(...ends(doc), doc.routes?.[edge.id]).kind).toBe('path');
    const source = doc.nodes.find((n) => n.id === edge.source)!;
    const nudged = applyCommand(doc, {
      type: 'moveNodes',
      positions: { [source.id]: { x: source.position.x + 4, y: source.position.y - 5 } },
    });
    const snapped = edgeShape(...ends(nudged), nudged.routes?.[edge.id]);
    expect(snapped.kind).toBe('path');
    if (snapped.kind === 'path') {
      const [first] = snapped.points;
      expect(first).toEqual({ x: ends(nudged)[0].x, y: ends(nudged)[0].y });
      // Every leg still level or upright.
      snapped.points.slice(1).forEach((p, i) => {
        const q = snapped.points[i]!;
        expect(p.x === q.x || p.y === q.y).toBe(true);
      });
    }
    const moved = applyCommand(doc, {
      type: 'moveNodes',
      positions: { [source.id]: { x: source.position.x + 300, y: source.position.y + 200 } },
    });
    expect(edgeShape(...ends(moved), moved.routes?.[edge.id]).kind).toBe('curve');
  });

  it('every template is laid out within its pinned crossings and with no edge under a card', async () => {
    const measured: Record<string, { crossings: number; passes: number }> = {};
    for (const id of templates) {
      const doc = await layout(decompile(load(id)));
      const m = measureLegibility(doc);
      measured[id] = { crossings: m.edgeCrossings, passes: m.edgeCardPasses };
      const pin = PINNED[id];
      expect(pin, `${id} has no pinned figures: add it to PINNED`).toBeDefined();
      expect(m.edgeCrossings, `${id} crosses more: ${m.crossings.join(', ')}`).toBeLessThanOrEqual(
        pin!.crossings,
      );
      expect(m.edgeCardPasses, `${id} runs edges under cards: ${m.passes.join(', ')}`).toBeLessThanOrEqual(
        pin!.passes,
      );
    }
    const total = (k: 'crossings' | 'passes') => Object.values(measured).reduce((n, m) => n + m[k], 0);
    console.log(
      JSON.stringify({
        measure: 'layout-legibility',
        templates: measured,
        total: { crossings: total('crossings'), passes: total('passes') },
      }),
    );
  });
});
