import { describe, expect, it } from 'vitest';
import { isDesignerDocument } from './document-guard';

const valid = () => ({
  format: 1,
  app: { id: 'jobs', name: 'Jobs', version: '1.0.0' },
  parameters: [],
  nodes: [
    { id: 'n1', kind: 'entity', position: { x: 0, y: 0 }, data: { name: 'Job' } },
    { id: 'n2', kind: 'priority', position: { x: 100, y: 0 }, data: { priority: 'high' } },
  ],
  edges: [{ id: 'e1', kind: 'priority', source: 'n1', target: 'n2', data: {} }],
});

describe('stored document guard', () => {
  it('accepts a well-formed document', () => {
    expect(isDesignerDocument(valid())).toBe(true);
  });

  it('refuses another format version', () => {
    expect(isDesignerDocument({ ...valid(), format: 2 })).toBe(false);
  });

  it('refuses a node of an unknown kind or without a position', () => {
    const unknownKind = valid();
    (unknownKind.nodes[0] as { kind: string }).kind = 'widget';
    expect(isDesignerDocument(unknownKind)).toBe(false);
    const noPosition = valid();
    (noPosition.nodes[0] as { position: unknown }).position = { x: 'left', y: 0 };
    expect(isDesignerDocument(noPosition)).toBe(false);
  });

  it('refuses an edge that points at a missing node', () => {
    const doc = valid();
    doc.edges[0] = { ...doc.edges[0]!, target: 'gone' };
    expect(isDesignerDocument(doc)).toBe(false);
  });

  it('refuses a document carrying a __proto__ key', () => {
    const doc = JSON.parse(
      JSON.stringify(valid()).replace('"data":{"name":"Job"}', '"data":{"name":"Job","__proto__":{"x":1}}'),
    );
    expect(isDesignerDocument(doc)).toBe(false);
  });

  it('refuses values that are not documents at all', () => {
    for (const value of [null, 1, 'doc', [], {}]) expect(isDesignerDocument(value)).toBe(false);
  });
});
