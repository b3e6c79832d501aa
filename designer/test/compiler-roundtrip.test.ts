import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SyncSpec, validate } from '@syncraft/runtime/spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, decompile, layout, representabilityProblems } from '../src/compiler';
import { specArbitrary } from './spec-arbitrary';

const templatesDir = join(import.meta.dirname, '../../templates');
const templates = readdirSync(templatesDir)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, spec: JSON.parse(readFileSync(join(templatesDir, file), 'utf8')) as SyncSpec }));

describe('compiler round trip', { timeout: 30_000 }, () => {
  it.each(templates)(
    'template $file compiles back to itself exactly',
    ({ spec }) => {
      expect(validate(spec).valid).toBe(true);
      expect(representabilityProblems(spec)).toEqual([]);
      const result = compile(decompile(spec));
      expect(result.diagnostics).toEqual([]);
      expect(result.spec).toStrictEqual(spec);
    },
    30_000,
  );

  it.each(templates)(
    'template $file keeps its spec through auto-layout',
    async ({ spec }) => {
      const laidOut = await layout(decompile(spec));
      expect(compile(laidOut).spec).toStrictEqual(spec);
      const positions = new Set(laidOut.nodes.map((n) => `${n.position.x},${n.position.y}`));
      expect(positions.size).toBe(laidOut.nodes.length);
    },
    30_000,
  );

  it('every generated valid spec compiles back to itself exactly', () => {
    fc.assert(
      fc.property(
        specArbitrary.filter((spec) => validate(spec).valid),
        (spec) => {
          expect(representabilityProblems(spec)).toEqual([]);
          const result = compile(decompile(spec));
          // Generated specs are valid in structure, not always in meaning: compare what was compiled.
          expect(result.draft).toStrictEqual(spec);
          expect(result.diagnostics.filter((d) => d.code === 'SPEC010' || d.code === 'SPEC019')).toEqual([]);
        },
      ),
      { seed: 20261122, numRuns: 60 },
    );
  }, 60_000);

  it('the generator produces valid specs most of the time', () => {
    const samples = fc.sample(specArbitrary, { seed: 7, numRuns: 20 });
    const valid = samples.filter((s) => validate(s).valid).length;
    expect(valid).toBeGreaterThan(16);
  }, 30_000);
});
