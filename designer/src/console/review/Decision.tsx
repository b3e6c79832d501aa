import type { Review, Session } from '@syncraft/runtime/protocol';
import type { RegistryClient } from '@syncraft/runtime/registry';
import { useId, useState } from 'react';
import { ActionResult } from '../ActionResult';
import type { useAction } from '../useAction';

/**
 * Approve, reject (a reason is required) and publish, offered by the version's state and the
 * caller's roles; the server has the last word (four eyes, one release at a time, policies in force
 * now) and its refusal is shown as it gives it.
 */
export function Decision(props: {
  client: RegistryClient;
  session: Session;
  review: Review;
  action: ReturnType<typeof useAction>;
}) {
  const { client, session, review, action } = props;
  const { appId, hash, status, published } = review.version;
  const [note, setNote] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const noteId = useId();
  const errorId = useId();
  const may = (p: string) => session.permissions.includes(p);
  const running = action.state.kind === 'running';
  const decidable = status === 'pending' && (may('version.approve') || may('version.reject'));
  const publishable = status === 'approved' && !published && may('version.publish');
  const revocable = status === 'approved' && !published && may('version.reject');

  const reject = () => {
    if (note.trim() === '') {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    void action
      .run(
        'Rejecting',
        () => client.reject(appId, hash, note.trim()),
        () => 'Rejected: the author sees your reason.',
      )
      .then((ok) => ok && setNote(''));
  };

  if (!decidable && !publishable) {
    return (
      <section aria-labelledby="decision-title" data-testid="review-decision">
        <h2 id="decision-title">Decision</h2>
        <p>{stateText(review)}</p>
        <ActionResult state={action.state} />
      </section>
    );
  }
  return (
    <section aria-labelledby="decision-title" data-testid="review-decision">
      <h2 id="decision-title">Decision</h2>
      <p>{stateText(review)}</p>
      <div className="sc-review__field">
        <label htmlFor={noteId}>
          {decidable
            ? 'Comment (needed to reject: the author reads it)'
            : 'Reason (needed to revoke the approval)'}
        </label>
        <textarea
          id={noteId}
          rows={3}
          value={note}
          data-testid="decision-note"
          aria-invalid={missingReason}
          aria-describedby={missingReason ? errorId : undefined}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {missingReason ? (
        <p id={errorId} className="sc-console__error" data-testid="decision-reason-missing">
          Say why you reject it: the reason is required, and the author reads it.
        </p>
      ) : null}
      <div className="sc-review__buttons">
        {decidable && may('version.approve') ? (
          <button
            type="button"
            className="sc-button sc-button--primary"
            disabled={running}
            data-testid="decision-approve"
            onClick={() =>
              void action
                .run(
                  'Approving',
                  () => client.approve(appId, hash, note.trim() === '' ? undefined : note.trim()),
                  () => 'Approved: this version can now be published.',
                )
                .then((ok) => ok && setNote(''))
            }
          >
            Approve
          </button>
        ) : null}
        {(decidable && may('version.reject')) || revocable ? (
          <button
            type="button"
            className="sc-button"
            disabled={running}
            data-testid="decision-reject"
            onClick={reject}
          >
            {decidable ? 'Reject' : 'Revoke the approval'}
          </button>
        ) : null}
        {publishable ? (
          <button
            type="button"
            className="sc-button sc-button--primary"
            disabled={running}
            data-testid="decision-publish"
            onClick={() =>
              void action.run(
                'Publishing',
                () => client.publish(appId, hash),
                (p) => `Published: devices get this version now (publication ${p.seq}).`,
              )
            }
          >
            Publish
          </button>
        ) : null}
      </div>
      <ActionResult state={action.state} />
    </section>
  );
}

function stateText(review: Review): string {
  const { status, published } = review.version;
  if (published) return 'Published: devices get this version now.';
  const s = review.submission;
  switch (status) {
    case 'draft':
      return 'Draft: not submitted for review yet.';
    case 'pending':
      return `Waiting for review (round ${s?.round ?? 1}).`;
    case 'approved':
      return `Approved by ${s?.decidedBy ?? 'a reviewer'}: waiting to be published.`;
    case 'rejected':
      return `Rejected by ${s?.decidedBy ?? 'a reviewer'}${s?.decisionComment ? `: “${s.decisionComment}”` : ''}.`;
  }
}
