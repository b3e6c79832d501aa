import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, diagnosticCatalogue, SPEC_CHANGE_KINDS, SPEC_LIMITS } from '../../src/spec';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/spec.md', import.meta.url)), 'utf8');
const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/spec.md', () => {
  it.each(Object.entries(diagnosticCatalogue))(
    'lists %s in the catalogue table with its severity and title',
    (code, entry) => {
      expect(doc).toMatch(new RegExp(`^\\| ${code} +\\| ${entry.severity} +\\| ${entry.title} +\\|`, 'm'));
    },
  );

  it('lists no code that the catalogue does not have', () => {
    const documented = new Set([...doc.matchAll(/^\| (SPEC\d{3}) +\|/gm)].map((m) => m[1]));
    expect([...documented].sort()).toEqual(Object.keys(diagnosticCatalogue).sort());
  });

  it('has JSON examples that parse, and complete specs among them that pass lint cleanly', () => {
    expect(jsonBlocks.length).toBeGreaterThan(10);
    let specs = 0;
    for (const block of jsonBlocks) {
      const value = JSON.parse(block) as unknown;
      if (value !== null && typeof value === 'object' && 'specVersion' in value) {
        specs++;
        expect(check(value).diagnostics).toEqual([]);
      }
    }
    expect(specs).toBeGreaterThan(0);
  });

  it('names every kind of change diff reports', () => {
    expect(SPEC_CHANGE_KINDS.filter((kind) => !doc.includes(`\`${kind}\``))).toEqual([]);
  });

  it('states the document limits as the code enforces them', () => {
    expect(doc).toContain(`${SPEC_LIMITS.maxBytes.toLocaleString('en-US')} characters`);
    expect(doc).toMatch(new RegExp(`\\(\`maxDepth\`\\) +\\| ${SPEC_LIMITS.maxDepth} levels +\\|`));
    expect(doc).toMatch(
      new RegExp(`\\(\`maxNodes\`\\) +\\| ${SPEC_LIMITS.maxNodes.toLocaleString('en-US')} +\\|`),
    );
  });
});
