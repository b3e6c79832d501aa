import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { decompile, layout } from '../src/compiler';
import { edgeShape, handleAnchor } from '../src/compiler/edge-path';
import { dockPlan } from '../src/compiler/layout-dock';
import { placeLabels } from '../src/compiler/layout-labels';
import { measureLegibility } from '../src/compiler/legibility';
import type { DesignerDocument, EdgeRoute, GraphEdge, GraphNode } from '../src/graph/types';
import { applyCommand } from '../src/store/commands';

const templatesDir = join(import.meta.dirname, '../../templates');
const templates = readdirSync(templatesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const load = (id: string) => JSON.parse(readFileSync(join(templatesDir, `${id}.json`), 'utf8')) as SyncSpec;

/** What is counted per template: see `Legibility`. */
interface Figures {
  crossings: number;
  passes: number;
  labelsOverCards: number;
  labelOverlaps: number;
}

/**
 * What Arrange achieves on each template, pinned: a change that makes any template's drawing cross
 * more, run an edge under a card or a label over a card or another label fails here. Lower them when
 * the layout gets better. (With plain curves, before edges were routed, the same seven templates
 * had 171 crossings, 104 edges under cards, 79 labels over cards and 43 over each other.)
 */
const PINNED: Record<string, Figures> = {
  'disaster-response': { crossings: 1, passes: 0, labelsOverCards: 0, labelOverlaps: 2 },
  'field-service': { crossings: 0, passes: 0, labelsOverCards: 0, labelOverlaps: 0 },
  inspections: { crossings: 0, passes: 0, labelsOverCards: 0, labelOverlaps: 0 },
  'inventory-counts': { crossings: 6, passes: 0, labelsOverCards: 1, labelOverlaps: 0 },
  'issue-tracker': { crossings: 1, passes: 0, labelsOverCards: 0, labelOverlaps: 1 },
  'shared-checklists': { crossings: 1, passes: 0, labelsOverCards: 0, labelOverlaps: 0 },
  'shared-lists': { crossings: 0, passes: 0, labelsOverCards: 0, labelOverlaps: 0 },
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
      around: {
        points: [
          { x: 200, y: 36 },
          { x: 260, y: 36 },
          { x: 260, y: 300 },
          { x: 640, y: 300 },
          { x: 640, y: 36 },
          { x: 700, y: 36 },
        ],
      },
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

  it('every template is laid out within its pinned figures, with no edge under a card', async () => {
    const measured: Record<string, Figures> = {};
    for (const id of templates) {
      const m = measureLegibility(await layout(decompile(load(id))));
      const got: Figures = {
        crossings: m.edgeCrossings,
        passes: m.edgeCardPasses,
        labelsOverCards: m.labelsOverCards,
        labelOverlaps: m.labelOverlaps,
      };
      measured[id] = got;
      const pin = PINNED[id];
      expect(pin, `${id} has no pinned figures: add it to PINNED`).toBeDefined();
      for (const k of Object.keys(got) as (keyof Figures)[])
        expect(got[k], `${id}: ${k} (${m.crossings.join(', ')} ${m.passes.join(', ')})`).toBeLessThanOrEqual(
          pin![k],
        );
    }
    const total = (k: keyof Figures) => Object.values(measured).reduce((n, m) => n + m[k], 0);
    console.log(
      JSON.stringify({
        measure: 'layout-legibility',
        templates: measured,
        total: {
          crossings: total('crossings'),
          passes: total('passes'),
          labelsOverCards: total('labelsOverCards'),
          labelOverlaps: total('labelOverlaps'),
        },
      }),
    );
  });

  it('a label that would cover a card moves along its path to where it covers none', () => {
    // One long level leg with a card sitting on its middle.
    const nodes = [role('a', 0, 0), entity('middle', 420, 20), lane('b', 1000, 0)];
    const edges = [permission('long', 'a', 'b')];
    const routes = new Map<string, EdgeRoute>([
      [
        'long',
        {
          points: [
            { x: 200, y: 36 },
            { x: 1000, y: 36 },
          ],
        },
      ],
    ]);
    const doc = { ...decompile(load('shared-lists')), nodes, edges };
    placeLabels(doc, dockPlan(doc), routes);
    const label = routes.get('long')?.label;
    expect(label).toBeDefined();
    expect(label).not.toEqual({ x: 600, y: 36 });
    expect(measureLegibility({ nodes, edges, routes: Object.fromEntries(routes) }).labelsOverCards).toBe(0);
  });
});
