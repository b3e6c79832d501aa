import { describe, expect, it } from 'vitest';
import { blankDocument } from '../store';
import { boundedUndo, fingerprint, isSavedUndo, SAVED_UNDO_CHARS } from './undo';

describe('undo steps kept on the device', () => {
  it('drops the oldest steps beyond the size bound, and names the document they lead back from', () => {
    const doc = blankDocument();
    const big = { ...doc, app: { ...doc.app, description: 'x'.repeat(SAVED_UNDO_CHARS / 4) } };
    const past = Array.from({ length: 6 }, (_, i) => ({ doc: big, label: `edit ${i}` }));
    const saved = boundedUndo(doc, { past, future: [] });
    expect(saved.past.length).toBeLessThan(6);
    expect(saved.past.at(-1)?.label).toBe('edit 5');
    expect(JSON.stringify(saved.past).length).toBeLessThanOrEqual(SAVED_UNDO_CHARS);
    expect(saved.fingerprint).toBe(fingerprint(doc));
    expect(isSavedUndo(saved)).toBe(true);
  });

  it('tells documents apart by content, and refuses a damaged row', () => {
    const doc = blankDocument();
    expect(fingerprint(doc)).toBe(fingerprint(structuredClone(doc)));
    expect(fingerprint({ ...doc, app: { ...doc.app, name: 'Other' } })).not.toBe(fingerprint(doc));
    expect(isSavedUndo({ fingerprint: 'x', past: [{ doc: { nodes: 1 }, label: 'x' }], future: [] })).toBe(
      false,
    );
    expect(isSavedUndo(null)).toBe(false);
  });
});
