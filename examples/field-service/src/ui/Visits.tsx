import { type FormEvent, useId, useState } from 'react';
import type { Job } from '../spec/sync-types.generated';
import { useClient, useRecords } from '../sync/hooks';
import { ReadFailed } from './ReadFailed';
import { RecordState } from './RecordState';
import { recordId, type UnsentMap } from './use-unsent';
import { explainWrite } from './write-error';

const time = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '…';

/** The visits recorded for a job, on this device. */
export function VisitList(props: { readonly jobId: string; readonly unsent: UnsentMap }) {
  const result = useRecords('Visit', { where: { jobId: props.jobId }, orderBy: 'arrivedAt' });
  if (result.status === 'error' && result.data === undefined)
    return <ReadFailed what="visits" error={result.error} retry={result.retry} />;
  const visits = result.data;
  if (!visits || visits.length === 0) return null;
  return (
    <section aria-label="Visits">
      <h3>Visits</h3>
      <ul className="visits" data-testid="visits">
        {visits.map((v) => (
          <li key={v.id} data-testid="visit">
            {time(v.arrivedAt)}–{time(v.leftAt)} · {v.technicianId}{' '}
            <RecordState state={props.unsent.get(recordId('Visit', v.id))} label="This visit" />
          </li>
        ))}
      </ul>
    </section>
  );
}

const localInput = (date: Date) => {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
};

/**
 * Records a visit: the visit itself, its time added to the job's minutes (a counter: time logged on
 * two phones adds up), the parts used added to the job's set, and a line in the job's notes.
 */
export function VisitForm(props: { readonly job: Job; readonly userId: string }) {
  const client = useClient();
  const now = new Date();
  const [arrived, setArrived] = useState(localInput(new Date(now.getTime() - 60 * 60_000)));
  const [left, setLeft] = useState(localInput(now));
  const [parts, setParts] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const ids = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const arrivedAt = new Date(arrived);
    const leftAt = new Date(left);
    const minutes = Math.round((leftAt.getTime() - arrivedAt.getTime()) / 60_000);
    if (!(minutes > 0)) {
      setMessage({ kind: 'error', text: 'The visit must end after it starts.' });
      return;
    }
    try {
      await client.table('Visit').put({
        id: crypto.randomUUID(),
        jobId: props.job.id,
        technicianId: props.userId,
        arrivedAt: arrivedAt.toISOString(),
        leftAt: leftAt.toISOString(),
      });
      const jobs = client.table('Job');
      await jobs.increment(props.job.id, 'minutesWorked', minutes);
      const used = parts
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      if (used.length > 0) await jobs.addToSet(props.job.id, 'partsUsed', ...used);
      if (note.trim() !== '') {
        const line = `${time(arrivedAt.toISOString())} visit: ${note.trim()}`;
        await jobs.update(props.job.id, { notes: props.job.notes ? `${props.job.notes}\n${line}` : line });
      }
      setParts('');
      setNote('');
      setMessage({ kind: 'done', text: `Visit of ${minutes} min recorded.` });
    } catch (error) {
      setMessage({ kind: 'error', text: explainWrite(error) });
    }
  };

  return (
    <form onSubmit={submit} className="visit-form" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>Record a visit</h3>
      <div className="row">
        <div className="field">
          <label htmlFor={`${ids}-arrived`}>Arrived</label>
          <input
            id={`${ids}-arrived`}
            type="datetime-local"
            value={arrived}
            onChange={(e) => setArrived(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-left`}>Left</label>
          <input
            id={`${ids}-left`}
            type="datetime-local"
            value={left}
            onChange={(e) => setLeft(e.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-parts`}>Parts used (comma separated)</label>
        <input
          id={`${ids}-parts`}
          data-testid="visit-parts"
          value={parts}
          onChange={(e) => setParts(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-note`}>Note for the job</label>
        <input
          id={`${ids}-note`}
          data-testid="visit-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <button type="submit" data-testid="record-visit">
        Record visit
      </button>
      {message ? (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind}
          data-testid="visit-message"
        >
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
