import type { SpecChange, SyncSpec } from '@syncraft/runtime/spec';
import { count } from '../format';
import { firstPublicationLines, groupByRisk } from './diff-groups';

/**
 * The semantic diff in plain language, grouped by risk. Each change is a button: choosing it centres
 * its node on both drawings. With nothing published, says what the first version brings.
 */
export function DiffList(props: {
  changes: readonly SpecChange[];
  firstPublication: boolean;
  spec: SyncSpec;
  selected: number | undefined;
  onChoose: (index: number) => void;
}) {
  const groups = groupByRisk(props.changes);
  return (
    <section aria-labelledby="review-diff-title" data-testid="review-diff">
      <h2 id="review-diff-title">What changes</h2>
      {props.firstPublication ? (
        <>
          <p>
            First publication: nothing is published yet, so everything in this version is new. Each item below
            is listed as added, by risk.
          </p>
          <ul className="sc-review__first" data-testid="review-first">
            {firstPublicationLines(props.spec).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      {groups.length === 0 && !props.firstPublication ? (
        <p>No semantic change against the published version.</p>
      ) : (
        groups.map((group) => (
          <section key={group.risk} aria-labelledby={`risk-${group.risk}`} className="sc-review__group">
            <h3 id={`risk-${group.risk}`}>
              {group.title} ({count(group.items.length, 'change')})
            </h3>
            <ul className="sc-review__changes">
              {group.items.map((item) => (
                <li key={item.index}>
                  <button
                    type="button"
                    className="sc-review__change"
                    aria-pressed={props.selected === item.index}
                    data-testid={`change-${item.index}`}
                    onClick={() => props.onChoose(item.index)}
                  >
                    <span className={`sc-review__risk sc-review__risk--${item.risk}`}>{item.risk}</span>
                    {item.breaking ? (
                      <span className="sc-console__tag sc-console__tag--breaking">breaking</span>
                    ) : null}
                    <span className="sc-review__summary">{item.summary}</span>
                  </button>
                  {item.detail ? <p className="sc-review__detail">{item.detail}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
