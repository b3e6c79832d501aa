import { useRecords } from '../sync/hooks';
import { statusWord } from './jobs';
import { ReadFailed } from './ReadFailed';
import { RecordState } from './RecordState';
import { recordId, type UnsentMap } from './use-unsent';

/** The jobs on this device: a technician's own, or every job of a dispatcher's region. */
export function JobList(props: {
  readonly role: 'technician' | 'dispatcher';
  readonly userId: string;
  readonly unsent: UnsentMap;
  readonly onOpen: (id: string) => void;
}) {
  const result = useRecords('Job', { orderBy: 'scheduledAt' });
  if (result.status === 'loading') return <p role="status">Loading jobs…</p>;
  if (result.data === undefined) return <ReadFailed what="jobs" error={result.error} retry={result.retry} />;
  const all = result.data;
  // A technician's device holds their jobs; a job reassigned away stays only while edits made here
  // wait for the server's answer, and is shown apart.
  const jobs = props.role === 'technician' ? all.filter((j) => j.assigneeId === props.userId) : all;
  const away = props.role === 'technician' ? all.filter((j) => j.assigneeId !== props.userId) : [];
  return (
    <section aria-labelledby="jobs-heading">
      <h2 id="jobs-heading">{props.role === 'technician' ? 'My jobs' : 'Jobs in my region'}</h2>
      {jobs.length === 0 ? (
        <p data-testid="no-jobs">No jobs on this device yet.</p>
      ) : (
        <ul className="job-list" data-testid="job-list">
          {jobs.map((job) => (
            <li key={job.id} data-testid="job-row" data-job={job.id}>
              <button type="button" className="job-row" onClick={() => props.onOpen(job.id)}>
                <span className="job-row__title">{job.title}</span>
                <span className="job-row__meta">
                  {statusWord(job.status)} · {new Date(job.scheduledAt).toLocaleDateString()}
                  {props.role === 'dispatcher' ? ` · ${job.assigneeId}` : ''}
                </span>
                <RecordState state={props.unsent.get(recordId('Job', job.id))} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {away.length > 0 ? (
        <>
          <h3>Reassigned to someone else</h3>
          <p className="muted">
            Your changes to these jobs have not been answered yet; they leave this device once they are.
          </p>
          <ul className="job-list" data-testid="away-list">
            {away.map((job) => (
              <li key={job.id} data-testid="away-row" data-job={job.id}>
                <button type="button" className="job-row" onClick={() => props.onOpen(job.id)}>
                  <span className="job-row__title">{job.title}</span>
                  <span className="job-row__meta">now {job.assigneeId}</span>
                  <RecordState state={props.unsent.get(recordId('Job', job.id))} />
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
