import type { ReviewComment, Session } from '@syncraft/runtime/protocol';
import type { RegistryClient } from '@syncraft/runtime/registry';
import { useId, useState } from 'react';
import { when } from '../format';
import type { useAction } from '../useAction';

/** The version's comments, oldest first, and a form to add one (authors and reviewers may). */
export function Comments(props: {
  client: RegistryClient;
  session: Session;
  appId: string;
  hash: string;
  comments: readonly ReviewComment[];
  action: ReturnType<typeof useAction>;
}) {
  const [body, setBody] = useState('');
  const fieldId = useId();
  const may = props.session.permissions.includes('version.comment');
  return (
    <section aria-labelledby="review-comments-title" data-testid="review-comments">
      <h2 id="review-comments-title">Comments</h2>
      {props.comments.length === 0 ? <p>No comment yet.</p> : null}
      <ol className="sc-review__comments">
        {props.comments.map((c) => (
          <li key={c.id}>
            <p className="sc-review__comment-head">
              <strong>{c.author}</strong> · <time dateTime={c.createdAt}>{when(c.createdAt)}</time>
            </p>
            <p className="sc-review__comment-body">{c.body}</p>
          </li>
        ))}
      </ol>
      {may ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const text = body.trim();
            if (text === '') return;
            void props.action
              .run(
                'Adding the comment',
                () => props.client.comment(props.appId, props.hash, text),
                () => 'Comment added.',
              )
              .then((ok) => ok && setBody(''));
          }}
        >
          <label htmlFor={fieldId}>Add a comment</label>
          <textarea
            id={fieldId}
            rows={2}
            value={body}
            data-testid="comment-body"
            onChange={(event) => setBody(event.target.value)}
          />
          <button type="submit" className="sc-button" disabled={body.trim() === ''} data-testid="comment-add">
            Add comment
          </button>
        </form>
      ) : null}
    </section>
  );
}
