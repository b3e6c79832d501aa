/**
 * The problems panel: every diagnostic of the current document in plain language, errors first.
 * Activating a problem selects and centres the node (or connection) it belongs to; problems of the
 * app settings open the app settings.
 *
 * Test hooks: the panel is a region named "Problems" (`data-testid="problems"`); each item is a
 * button with `data-testid="problem-<code>"` (e.g. `problem-SPEC010`); the count is in
 * `data-testid="problems-count"`.
 */
import { describePointer } from '@syncraft/runtime/spec';
import type { DesignerDiagnostic } from '../compiler/context';
import { useDesigner } from '../store/context';
import { diagnosticTitle } from './titles';
import './problems.css';

export function ProblemsPanel() {
  const diagnostics = useDesigner((s) => s.compiled.diagnostics);
  const draft = useDesigner((s) => s.compiled.draft);
  const focus = useDesigner((s) => s.focus);
  const focusNode = useDesigner((s) => s.focusNode);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return (
    <section className="sc-problems" aria-label="Problems" data-testid="problems">
      <h2 className="sc-problems__title">
        Problems{' '}
        <span className="sc-problems__count" data-testid="problems-count">
          {diagnostics.length === 0
            ? 'none'
            : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`}
        </span>
      </h2>
      {diagnostics.length === 0 ? (
        <p className="sc-problems__ok">The app is complete: the spec is valid and ready to export.</p>
      ) : (
        <ul className="sc-problems__list">
          {diagnostics.map((d) => (
            <li key={`${d.code}|${d.pointer}|${d.message}`}>
              <ProblemItem
                d={d}
                where={d.nodeId !== undefined ? 'on the canvas' : describePointer(draft, d.pointer)}
                onActivate={() => (d.nodeId !== undefined ? focusNode(d.nodeId) : focus(d.pointer))}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ProblemItem(props: { d: DesignerDiagnostic; where: string; onActivate: () => void }) {
  const { d } = props;
  return (
    <button
      type="button"
      className={`sc-problem sc-problem--${d.severity}`}
      data-testid={`problem-${d.code}`}
      onClick={props.onActivate}
    >
      <span className="sc-problem__severity">
        {d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Note'}
      </span>
      <span className="sc-problem__text">
        <strong className="sc-problem__title">{diagnosticTitle(d.code)}:</strong>{' '}
        <span className="sc-problem__message">{d.message}</span>{' '}
        <span className="sc-problem__hint">{d.hint}</span>
      </span>
      <span className="sc-problem__where">{props.where}</span>
      <span className="sc-problem__code">{d.code}</span>
    </button>
  );
}
