import { useEffect, useRef } from 'react';
import { describeEvent, showEdit, showValue, type TimelineEvent } from './timeline';

function clock(at: number): string {
  return new Date(at).toISOString().slice(11, 19);
}

function Resolution({ event }: { event: Extract<TimelineEvent, { kind: 'resolution' }> }) {
  const devices = [...new Set(event.fields.flatMap((f) => f.edits.map((e) => e.device)))];
  return (
    <div className="sc-sim__resolution" data-testid="timeline-resolution">
      <p>
        <strong>
          {event.entity} {event.key}
        </strong>{' '}
        {event.converged
          ? '— both devices and the server now hold the same values:'
          : '— the devices do NOT hold the same values as the server:'}
      </p>
      <table className="sc-sim__table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Rule</th>
            <th scope="col">Before</th>
            {devices.map((d) => (
              <th key={d} scope="col">
                {d}
              </th>
            ))}
            <th scope="col">Result</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {event.fields.map((f) => (
            <tr key={f.field} data-testid={`resolution-${f.field}`}>
              <th scope="row">{f.field}</th>
              <td>{f.strategy}</td>
              <td>{showValue(f.base)}</td>
              {devices.map((d) => (
                <td key={d}>{showEdit(f.edits.find((e) => e.device === d))}</td>
              ))}
              <td>
                <strong>{showValue(f.result)}</strong>
              </td>
              <td>{f.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The event timeline: what each device wrote and pushed, what the server merged and by which rule,
 * conflicts left to a person, refusals with their reasons, and state changes. Oldest first; it
 * keeps the newest entry in view. Test id `timeline`; entries carry `data-kind`.
 */
export function Timeline({ events }: { events: readonly TimelineEvent[] }) {
  const list = useRef<HTMLOListElement>(null);
  const last = events.at(-1)?.seq;
  useEffect(() => {
    if (last !== undefined) list.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [last]);
  return (
    <section className="sc-sim__timeline" aria-label="Timeline">
      <h3>Timeline</h3>
      {events.length === 0 ? (
        <p className="sc-sim__empty">
          Nothing has happened yet: write on a device, take one offline, or run the conflict scenario.
        </p>
      ) : (
        <ol
          ref={list}
          data-testid="timeline"
          aria-label="Timeline events"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region takes focus so the keyboard can scroll it (WCAG 2.1.1)
          tabIndex={0}
        >
          {events.map((e) => (
            <li key={e.seq} data-kind={e.kind} className={`sc-sim__event sc-sim__event--${e.kind}`}>
              <time className="sc-sim__time">{clock(e.at)}</time>
              {e.kind === 'resolution' ? <Resolution event={e} /> : <span>{describeEvent(e)}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
