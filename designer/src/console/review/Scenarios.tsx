import type { SyncSpec } from '@syncraft/runtime/spec';
import { useState } from 'react';
import type { ScenarioOutcome } from '../../simulator';
import { showEdit, showValue } from '../../simulator/timeline';

type Run = { readonly published?: ScenarioOutcome; readonly candidate: ScenarioOutcome };

/**
 * The simulator's conflict scenario for each entity the change touches, run on demand in this browser
 * (real runtime clients on IndexedDB against an in-memory server): how two devices' offline edits end
 * under the candidate rules, and under the published ones for comparison.
 */
export function Scenarios(props: {
  entities: readonly string[];
  candidate: SyncSpec;
  published: SyncSpec | undefined;
}) {
  const [runs, setRuns] = useState<Record<string, Run | 'running'>>({});
  const run = async (entity: string) => {
    setRuns((r) => ({ ...r, [entity]: 'running' }));
    // The simulator (runtime client, IndexedDB) loads only when a scenario is asked for.
    const { conflictScenario } = await import('./scenario-run');
    const candidate = await conflictScenario(props.candidate, entity);
    const before =
      props.published?.entities.some((e) => e.name === entity) === true
        ? await conflictScenario(props.published, entity)
        : undefined;
    setRuns((r) => ({ ...r, [entity]: before ? { candidate, published: before } : { candidate } }));
  };
  return (
    <section aria-labelledby="review-scenarios-title" data-testid="review-scenarios">
      <h2 id="review-scenarios-title">Conflict scenarios for the changed entities</h2>
      {props.entities.length === 0 ? <p>The change touches no entity.</p> : null}
      <ul className="sc-review__scenarios">
        {props.entities.map((entity) => {
          const result = runs[entity];
          return (
            <li key={entity}>
              <button
                type="button"
                className="sc-button"
                disabled={result === 'running'}
                data-testid={`scenario-${entity}`}
                onClick={() => void run(entity)}
              >
                {result === 'running' ? `Simulating ${entity}…` : `Simulate two devices editing ${entity}`}
              </button>
              <div aria-live="polite">
                {result && result !== 'running' ? (
                  <div className="sc-review__outcomes" data-testid={`scenario-result-${entity}`}>
                    <Outcome title="With this version" outcome={result.candidate} />
                    {result.published ? (
                      <Outcome title="With the published version" outcome={result.published} />
                    ) : null}
                  </div>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Outcome({ title, outcome }: { title: string; outcome: ScenarioOutcome }) {
  return (
    <div className="sc-review__outcome">
      <h3>{title}</h3>
      {outcome.kind === 'not-possible' ? (
        <p>Not possible: {outcome.reason}</p>
      ) : (
        <>
          <ul>
            {outcome.fields.map((f) => (
              <li key={f.field}>
                <strong>{f.field}</strong> ({f.strategy}):{' '}
                {f.edits.map((e) => `${e.device} wrote ${showEdit(e)}`).join(', ')} → {showValue(f.result)} —{' '}
                {f.why}
              </li>
            ))}
          </ul>
          <p>
            {outcome.converged ? 'Both devices end with the same record.' : 'The devices do not agree yet.'}
          </p>
        </>
      )}
    </div>
  );
}
