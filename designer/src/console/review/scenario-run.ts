import type { SyncSpec } from '@syncraft/runtime/spec';
import { defaultDevices, runConflictScenario, type ScenarioOutcome, Simulation } from '../../simulator';

/** Where the simulator keeps its devices' databases; a fresh name per run so two runs never share one. */
let runs = 0;

/**
 * The simulator's canned conflict for one entity of `spec`: two default devices edit the same record
 * offline and sync. Always disposes the simulation (its device databases are deleted).
 *
 * @example
 * const outcome = await conflictScenario(candidate, 'Job');
 * if (outcome.kind === 'resolved') outcome.fields.map((f) => `${f.field}: ${f.why}`);
 */
export async function conflictScenario(
  spec: SyncSpec,
  entity: string,
  options: { readonly indexedDB?: IDBFactory; readonly IDBKeyRange?: typeof IDBKeyRange } = {},
): Promise<ScenarioOutcome> {
  runs += 1;
  let sim: Simulation | undefined;
  try {
    sim = await Simulation.create({
      spec,
      devices: defaultDevices(spec),
      databasePrefix: `syncraft-console-${runs}-${Date.now()}`,
      ...options,
    });
    return await runConflictScenario(sim, entity);
  } catch (error) {
    return { kind: 'not-possible', reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await sim?.dispose();
  }
}
