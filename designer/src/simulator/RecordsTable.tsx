import type { RecordValues } from '@syncraft/runtime/protocol';
import type { Entity } from '@syncraft/runtime/spec';
import { showValue } from './timeline';

/**
 * The records of one entity as a table, one column per field (hidden fields are simply absent from
 * the records a device holds and show as empty).
 */
export function RecordsTable(props: {
  entity: Entity;
  records: readonly RecordValues[];
  caption: string;
  testId: string;
}) {
  const { entity, records } = props;
  return (
    <section
      className="sc-sim__table-wrap"
      data-testid={props.testId}
      aria-label={props.caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region takes focus so the keyboard can scroll it (WCAG 2.1.1)
      tabIndex={0}
    >
      <table className="sc-sim__table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {entity.fields.map((f) => (
              <th key={f.name} scope="col">
                {f.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.length === 0 ? (
            <tr>
              <td colSpan={entity.fields.length} className="sc-sim__empty">
                No {entity.name} records here yet.
              </td>
            </tr>
          ) : (
            records.map((r) => (
              <tr key={String(r[entity.key])}>
                {entity.fields.map((f) => (
                  <td key={f.name}>{f.name in r ? showValue(r[f.name], false) : ''}</td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}
