import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Job } from '../spec/sync-types.generated';
import { useClient, useRecords } from '../sync/hooks';
import { STATUS_WORDS } from './jobs';
import { ReadFailed } from './ReadFailed';
import { RecordState } from './RecordState';
import { recordId, type UnsentMap } from './use-unsent';
import { VisitForm, VisitList } from './Visits';
import { explainWrite } from './write-error';

function SiteLine(props: { readonly siteId: string }) {
  const result = useRecords('Site', { where: { id: props.siteId } });
  if (result.data === undefined && result.status === 'error')
    return <ReadFailed what="job's site" error={result.error} retry={result.retry} />;
  const site = result.data?.[0];
  if (!site) return <p className="muted">Site {props.siteId}</p>;
  return (
    <p data-testid="site">
      <strong>{site.name}</strong>
      {site.address ? <> · {site.address}</> : null}
      {site.accessCode ? <> · access code {site.accessCode}</> : null}
    </p>
  );
}

/** One job: its state, and what the signed-in person may do with it. */
export function JobDetail(props: {
  readonly jobId: string;
  readonly role: 'technician' | 'dispatcher';
  readonly userId: string;
  readonly unsent: UnsentMap;
  readonly onBack: () => void;
}) {
  const result = useRecords('Job', { where: { id: props.jobId } });
  const back = (
    <button type="button" className="link" onClick={props.onBack} data-testid="back">
      ← All jobs
    </button>
  );
  if (result.status === 'loading') return <p role="status">Loading…</p>;
  if (result.data === undefined)
    return (
      <>
        {back}
        <ReadFailed what="job" error={result.error} retry={result.retry} />
      </>
    );
  const job = result.data[0];
  if (!job)
    return (
      <section aria-labelledby="gone-heading">
        {back}
        <h2 id="gone-heading">This job is no longer on this device</h2>
        <p data-testid="job-gone">
          It was reassigned or removed, and nothing of yours was waiting to be sent.
        </p>
      </section>
    );
  const state = props.unsent.get(recordId('Job', job.id));
  return (
    <article aria-labelledby="job-heading" data-testid="job-detail" data-job={job.id}>
      {back}
      <h2 id="job-heading">{job.title}</h2>
      <RecordState state={state} label="This job" />
      {props.role === 'technician' && job.assigneeId !== props.userId ? (
        <p className="warning" data-testid="reassigned-away">
          Reassigned to {job.assigneeId}. It stays here until your unsent edits are answered.
        </p>
      ) : null}
      <SiteLine siteId={job.siteId} />
      <p className="muted">
        Scheduled {new Date(job.scheduledAt).toLocaleString()} · assigned to {job.assigneeId}
      </p>
      <JobEditor job={job} role={props.role} userId={props.userId} />
      <VisitList jobId={job.id} unsent={props.unsent} />
      {props.role === 'technician' ? <VisitForm job={job} userId={props.userId} /> : null}
    </article>
  );
}

function JobEditor(props: {
  readonly job: Job;
  readonly role: 'technician' | 'dispatcher';
  readonly userId: string;
}) {
  const { job } = props;
  const jobs = useClient().table('Job');
  const [error, setError] = useState<string | null>(null);
  const [notes, setNotes] = useState(job.notes ?? '');
  const [notesDirty, setNotesDirty] = useState(false);
  const [part, setPart] = useState('');
  const [assignee, setAssignee] = useState(job.assigneeId);
  const ids = useId();
  useEffect(() => {
    if (!notesDirty) setNotes(job.notes ?? '');
  }, [job.notes, notesDirty]);
  useEffect(() => setAssignee(job.assigneeId), [job.assigneeId]);

  const run = (write: () => Promise<unknown>) => {
    setError(null);
    write().catch((e: unknown) => setError(explainWrite(e)));
  };
  const saveNotes = (event: FormEvent) => {
    event.preventDefault();
    run(async () => {
      await jobs.update(job.id, { notes });
      setNotesDirty(false);
    });
  };
  const addPart = (event: FormEvent) => {
    event.preventDefault();
    const name = part.trim();
    if (name === '') return;
    run(async () => {
      await jobs.addToSet(job.id, 'partsUsed', name);
      setPart('');
    });
  };
  const reassign = (event: FormEvent) => {
    event.preventDefault();
    const to = assignee.trim();
    if (to === '' || to === job.assigneeId) return;
    run(() => jobs.update(job.id, { assigneeId: to }));
  };

  return (
    <div className="editor">
      {error ? (
        <p role="alert" className="error" data-testid="write-error">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${ids}-status`}>Status</label>
        <select
          id={`${ids}-status`}
          data-testid="status"
          value={job.status}
          onChange={(e) =>
            run(() =>
              jobs.update(job.id, {
                status: e.target.value as Job['status'],
                ...(e.target.value === 'done' ? { completedAt: new Date().toISOString() } : {}),
              }),
            )
          }
        >
          {Object.entries(STATUS_WORDS).map(([value, word]) => (
            <option key={value} value={value}>
              {word}
            </option>
          ))}
        </select>
      </div>
      <p>
        Time worked: <span data-testid="minutes">{job.minutesWorked ?? 0}</span> min{' '}
        <button
          type="button"
          data-testid="add-time"
          onClick={() => run(() => jobs.increment(job.id, 'minutesWorked', 15))}
        >
          Add 15 min
        </button>
      </p>
      <form onSubmit={addPart} className="field">
        <span id={`${ids}-parts`}>Parts used</span>
        <ul aria-labelledby={`${ids}-parts`} className="chips" data-testid="parts">
          {(job.partsUsed ?? []).length === 0 ? <li className="muted">none yet</li> : null}
          {[...(job.partsUsed ?? [])].sort().map((p) => (
            <li key={p} data-testid="part">
              {p}
            </li>
          ))}
        </ul>
        <label htmlFor={`${ids}-part`}>Add a part</label>
        <div className="row">
          <input
            id={`${ids}-part`}
            data-testid="part-input"
            value={part}
            onChange={(e) => setPart(e.target.value)}
          />
          <button type="submit" data-testid="add-part">
            Add part
          </button>
        </div>
      </form>
      <form onSubmit={saveNotes} className="field">
        <label htmlFor={`${ids}-notes`}>Notes</label>
        <textarea
          id={`${ids}-notes`}
          data-testid="notes"
          rows={4}
          value={notes}
          onChange={(e) => {
            setNotes(e.target.value);
            setNotesDirty(true);
          }}
        />
        <button type="submit" data-testid="save-notes" disabled={!notesDirty}>
          Save notes
        </button>
      </form>
      {props.role === 'dispatcher' ? (
        <form onSubmit={reassign} className="field">
          <label htmlFor={`${ids}-assignee`}>Assigned technician (user id)</label>
          <div className="row">
            <input
              id={`${ids}-assignee`}
              data-testid="assignee"
              value={assignee}
              onChange={(e) => setAssignee(e.target.value)}
            />
            <button type="submit" data-testid="reassign">
              Reassign
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
