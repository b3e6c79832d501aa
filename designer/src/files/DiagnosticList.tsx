import { type Diagnostic, describePointer } from '@syncraft/runtime/spec';
import { diagnosticTitle } from '../problems/titles';
import './files.css';

/**
 * A plain list of diagnostics: the problem's title from the catalogue and where it is in words
 * (entity “Job” › field “status”), what is wrong and how to fix it; the code and JSON pointer follow
 * in small print for whoever edits the file by hand. `doc` names the places (the file as parsed).
 */
export function DiagnosticList(props: { diagnostics: readonly Diagnostic[]; limit?: number; doc?: unknown }) {
  const limit = props.limit ?? 50;
  const shown = props.diagnostics.slice(0, limit);
  const hidden = props.diagnostics.length - shown.length;
  return (
    <>
      <ul className="sc-diagnostics">
        {shown.map((d) => (
          <li
            key={`${d.code}|${d.pointer}|${d.message}`}
            className={`sc-diagnostics__item sc-diagnostics__item--${d.severity}`}
          >
            <div className="sc-diagnostics__head">
              <strong className="sc-diagnostics__title">{diagnosticTitle(d.code)}</strong>
              {d.pointer === '' ? null : (
                <span className="sc-diagnostics__place"> · {describePointer(props.doc, d.pointer)}</span>
              )}
            </div>
            <p className="sc-diagnostics__message">{d.message}</p>
            {d.hint ? <p className="sc-diagnostics__hint">{d.hint}</p> : null}
            <p className="sc-diagnostics__ref">
              <span className="sc-diagnostics__code">{d.code}</span>{' '}
              <code className="sc-diagnostics__pointer">{d.pointer === '' ? '/' : d.pointer}</code>
            </p>
          </li>
        ))}
      </ul>
      {hidden > 0 ? <p className="sc-diagnostics__more">…and {hidden} more.</p> : null}
    </>
  );
}
