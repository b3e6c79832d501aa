import type { RegistryClient } from '@syncraft/runtime/registry';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { Dialog } from '../app/Dialog';
import { routeHref } from '../console/route';
import { SignedIn, SignInFields } from '../sign-in';
import { peekClaims } from '../sign-in/claims';
import { describeFailure } from './explain';
import { FindingList } from './FindingList';
import type { TokenStore } from './token-store';
import { type PublishStep, usePublish } from './usePublish';
import { STANDING_TEXT, versionStanding } from './version-state';
import './registry.css';

/** Who may save and submit: the dev users offered are the ones holding one of these roles. */
const BUILDER_ROLES = new Set(['builder', 'admin']);

const STEP_DONE: Record<PublishStep, string> = {
  validate: 'Checked on the server',
  save: 'Saved as a draft',
  submit: 'Submitted for review',
  refresh: 'State refreshed',
  review: 'Review loaded',
};

/** Props of {@link PublishDialog}. */
export interface PublishDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** The compiled spec; undefined while it has errors. */
  readonly spec: SyncSpec | undefined;
  readonly errorCount: number;
  /** For tests: another registry client or token store. */
  readonly client?: RegistryClient;
  readonly tokens?: TokenStore;
}

/**
 * Sends the spec to the registry for review, when the designer is served by the Syncraft server:
 * check on the server, save a draft, submit it, and see its state, the findings (spec and
 * organisation policies) and, for reviewers, the semantic diff against what is published.
 * Test ids: `publish-dialog`, `publish-token`, `publish-validate`, `publish-save`, `publish-submit`,
 * `publish-refresh`, `publish-review`, `publish-failure`, `publish-version`, `publish-diff`, `publish-done`.
 */
export function PublishDialog(props: PublishDialogProps) {
  const { spec } = props;
  const flow = usePublish(spec, {
    ...(props.client ? { client: props.client } : {}),
    ...(props.tokens ? { tokens: props.tokens } : {}),
  });
  const { state } = flow;
  const claims = peekClaims(flow.token);
  const busy = state.running !== undefined;
  const noToken = flow.token.trim() === '';
  const blocked = !spec || busy || noToken;
  const failure = state.failure ? describeFailure(state.failure) : undefined;
  const version = state.version;
  const changedSinceSave =
    props.open && version !== undefined && spec !== undefined && state.savedText !== JSON.stringify(spec);

  return (
    <Dialog open={props.open} title="Send for review" onClose={props.onClose} testId="publish-dialog" wide>
      <div className="sc-publish">
        {spec ? (
          <p>
            App <strong>{spec.app.id}</strong> version <strong>{spec.app.version}</strong> goes to the
            registry of the server this designer came from.
          </p>
        ) : (
          <p className="sc-publish__blocked" role="alert">
            The spec has {props.errorCount === 1 ? 'an error' : `${props.errorCount} errors`}: fix the
            problems on the canvas before sending it for review.
          </p>
        )}
        {/* A whole JWT reads as signed in; anything else (being typed, or an opaque token) stays editable. */}
        {!claims ? (
          <SignInFields
            client={flow.client}
            token={flow.token}
            onToken={flow.setToken}
            roles={BUILDER_ROLES}
            enabled={props.open}
            testId="publish-sign-in"
            tokenTestId="publish-token"
            renderFailure={(f) => {
              const said = describeFailure(f);
              return (
                <p className="sc-publish__blocked" role="alert">
                  {said.title}: {said.detail}
                </p>
              );
            }}
          />
        ) : (
          <SignedIn
            claims={claims}
            className="sc-publish__who"
            testId="publish-signed-in"
            signOutTestId="publish-sign-out"
            onSignOut={flow.signOut}
          />
        )}
        <div className="sc-publish__actions">
          <button
            type="button"
            className="sc-button"
            data-testid="publish-validate"
            disabled={blocked}
            onClick={() => void flow.validate()}
          >
            Check on the server
          </button>
          <button
            type="button"
            className="sc-button"
            data-testid="publish-save"
            disabled={blocked}
            onClick={() => void flow.save()}
          >
            Save draft
          </button>
          <button
            type="button"
            className="sc-button sc-button--primary"
            data-testid="publish-submit"
            disabled={blocked || !version}
            title={version ? undefined : 'Save a draft first'}
            onClick={() => void flow.submit()}
          >
            Submit for review
          </button>
          <button
            type="button"
            className="sc-button sc-button--ghost"
            data-testid="publish-refresh"
            disabled={blocked || !version}
            onClick={() => void flow.refresh()}
          >
            Refresh state
          </button>
          <button
            type="button"
            className="sc-button sc-button--ghost"
            data-testid="publish-review"
            disabled={blocked || !version}
            onClick={() => void flow.showReview()}
          >
            Show review
          </button>
        </div>
        <p className="sc-publish__progress" role="status" data-testid="publish-done">
          {busy
            ? 'Talking to the server…'
            : state.failure === undefined && state.findings
              ? STEP_DONE[state.findings.step]
              : ''}
        </p>
        {failure && (
          <div className="sc-publish__failure" role="alert" data-testid="publish-failure">
            <p>
              <strong>{failure.title}</strong>
            </p>
            <p>{failure.detail}</p>
            {failure.hint ? <p className="sc-publish__hint">{failure.hint}</p> : null}
          </div>
        )}
        {state.valid !== undefined && state.findings?.step === 'validate' && !failure && (
          <p className={state.valid ? 'sc-publish__ok' : 'sc-publish__blocked'}>
            {state.valid
              ? 'The server accepts this spec.'
              : 'The server found errors: it would refuse to submit it.'}
          </p>
        )}
        {changedSinceSave && (
          <p className="sc-publish__hint" data-testid="publish-stale">
            The rules changed since this draft was saved: save again to send the changes.
          </p>
        )}
        {version && (
          <dl className="sc-publish__version" data-testid="publish-version">
            <dt>Version</dt>
            <dd>
              {version.appVersion} · <code title={version.hash}>{version.hash.slice(0, 12)}</code>
              {version.created === false ? ' (this content was saved before)' : ''}
            </dd>
            <dt>State</dt>
            <dd data-status={version.status} data-testid="publish-standing">
              {STANDING_TEXT[versionStanding(version, state.publications)]}
            </dd>
            {state.submission && (
              <>
                <dt>Review round</dt>
                <dd>
                  {state.submission.round}, submitted by {state.submission.submittedBy}
                  {state.submission.decisionComment ? ` · “${state.submission.decisionComment}”` : ''}
                </dd>
                <dt>Reviewers</dt>
                <dd>
                  review it in the{' '}
                  <a
                    href={`/console/${routeHref({ page: 'review', appId: version.appId, hash: version.hash })}`}
                    target="_blank"
                    rel="noopener"
                    data-testid="publish-console-link"
                  >
                    review console
                  </a>
                </dd>
              </>
            )}
          </dl>
        )}
        {state.findings && state.findings.list.length > 0 && (
          <section aria-label="Findings">
            <h3>Findings</h3>
            <FindingList findings={state.findings.list} spec={spec} />
          </section>
        )}
        {state.review && (
          <section aria-label="Changes against the published version" data-testid="publish-diff">
            <h3>
              {state.review.published
                ? `Changes against published ${state.review.published.appVersion ?? ''}`
                : 'First version: nothing is published yet, so all of it is new'}
            </h3>
            <p>
              {state.review.diff.summary.changes} changes, {state.review.diff.summary.breaking} breaking,{' '}
              {state.review.diff.summary.highRisk} high risk.
            </p>
            <ul className="sc-publish__changes">
              {state.review.diff.changes.map((c) => (
                <li key={`${c.kind}|${c.pointer}|${c.summary}`}>
                  <span className={`sc-publish__risk sc-publish__risk--${c.risk}`}>{c.risk}</span>
                  {c.breaking ? (
                    <span className="sc-publish__risk sc-publish__risk--high">breaking</span>
                  ) : null}{' '}
                  {c.summary}
                  {c.detail ? <span className="sc-publish__hint"> — {c.detail}</span> : null}
                </li>
              ))}
            </ul>
            {state.review.comments.length > 0 && (
              <>
                <h3>Comments</h3>
                <ul>
                  {state.review.comments.map((c) => (
                    <li key={c.id}>
                      <strong>{c.author}</strong>: {c.body}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
      </div>
    </Dialog>
  );
}
