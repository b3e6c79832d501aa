import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { defaultDevices } from '../../src/simulator/devices';
import { Simulation } from '../../src/simulator/engine';
import { runConflictScenario, scenarioBlocker } from '../../src/simulator/scenario';

const dir = join(import.meta.dirname, '../../../templates');
const templates = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')) as SyncSpec] as const,
  );

describe('the simulator on every template', { timeout: 60_000 }, () => {
  it.each(templates)(
    '%s: every entity either converges in the conflict scenario or says why it cannot run',
    async (_, spec) => {
      const sim = await Simulation.create({
        spec,
        devices: defaultDevices(spec),
        databasePrefix: `tpl-${spec.app.id}`,
        indexedDB: new IDBFactory(),
        IDBKeyRange,
        startAt: Date.parse('2026-06-01T08:00:00Z'),
      });
      try {
        const outcomes: string[] = [];
        for (const entity of spec.entities) {
          const blocker = scenarioBlocker(sim, entity.name);
          const outcome = await runConflictScenario(sim, entity.name);
          if (blocker !== undefined) {
            expect(outcome).toEqual({ kind: 'not-possible', reason: blocker });
            continue;
          }
          const summary =
            outcome.kind === 'resolved' ? (outcome.converged ? 'converged' : 'DIVERGED') : outcome.reason;
          outcomes.push(`${entity.name}: ${summary}`);
        }
        // Every entity the scenario can run on converges on both devices and the server.
        for (const line of outcomes) expect(line).toMatch(/: converged$/);
      } finally {
        await sim.dispose();
      }
    },
  );
});
