import type { Diagnostic } from '@syncraft/runtime/spec';
import './files.css';

/** A plain list of diagnostics: code, where (JSON pointer), what is wrong and how to fix it. */
export function DiagnosticList(props: { diagnostics: readonly Diagnostic[]; limit?: number }) {
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
              <span className="sc-diagnostics__code">{d.code}</span>
              <code className="sc-diagnostics__pointer">{d.pointer === '' ? '/' : d.pointer}</code>
            </div>
            <p className="sc-diagnostics__message">{d.message}</p>
            {d.hint ? <p className="sc-diagnostics__hint">{d.hint}</p> : null}
          </li>
        ))}
      </ul>
      {hidden > 0 ? <p className="sc-diagnostics__more">…and {hidden} more.</p> : null}
    </>
  );
}
