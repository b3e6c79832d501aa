import type {
  Publication,
  RegistryDiagnostic,
  Review,
  Submission,
  VersionSummary,
} from '@syncraft/runtime/protocol';
import type { RegistryClient, RegistryFailure, RegistryResult } from '@syncraft/runtime/registry';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { useState } from 'react';
import { useRegistrySignIn } from '../sign-in/useRegistrySignIn';
import type { TokenStore } from './token-store';

/** The registry step that ran last. */
export type PublishStep = 'validate' | 'save' | 'submit' | 'refresh' | 'review';

/** What the publish dialog shows. */
export interface PublishState {
  /** A step is running. */
  readonly running: PublishStep | undefined;
  readonly failure: RegistryFailure | undefined;
  /** Findings of the last validate, save or submit (spec and policy together). */
  readonly findings: { readonly step: PublishStep; readonly list: readonly RegistryDiagnostic[] } | undefined;
  /** The saved version, once saved (kept for this dialog's life). */
  readonly version: (VersionSummary & { readonly created?: boolean }) | undefined;
  /** The spec text that was saved as `version`, to tell when the drawing changed since. */
  readonly savedText: string | undefined;
  readonly submission: Submission | undefined;
  /** The app's publications, newest first, as of the last refresh or review (to tell a rollback). */
  readonly publications: readonly Publication[];
  readonly review: Review | undefined;
  /** The outcome of the last validate. */
  readonly valid: boolean | undefined;
}

const INITIAL: PublishState = {
  running: undefined,
  failure: undefined,
  findings: undefined,
  version: undefined,
  submission: undefined,
  publications: [],
  review: undefined,
  valid: undefined,
  savedText: undefined,
};

/**
 * The publish dialog's logic: token handling and the registry steps, each answered into state
 * (never thrown). `client` and `tokens` are injectable for tests. The token is shared with the
 * other tabs of this origin (`useSharedSession`): a token from another tab is checked with the
 * server before it is shown as signed in, and signing out here signs out every tab.
 */
export function usePublish(
  spec: SyncSpec | undefined,
  deps: { client?: RegistryClient; tokens?: TokenStore } = {},
) {
  const { token, setToken, signOut, client } = useRegistrySignIn(deps);
  const [state, setState] = useState<PublishState>(INITIAL);

  async function run<T>(
    step: PublishStep,
    call: () => Promise<RegistryResult<T>>,
    apply: (value: T) => Partial<PublishState>,
  ) {
    setState((s) => ({ ...s, running: step, failure: undefined }));
    const result = await call();
    setState((s) =>
      result.ok
        ? { ...s, running: undefined, ...apply(result.value) }
        : {
            ...s,
            running: undefined,
            failure: result.failure,
            ...(result.failure.kind === 'refused' && result.failure.diagnostics.length > 0
              ? { findings: { step, list: result.failure.diagnostics } }
              : {}),
          },
    );
  }

  const appId = spec?.app.id;
  const hash = state.version?.hash;
  return {
    token,
    setToken,
    signOut,
    client,
    state,
    validate: () =>
      spec &&
      run(
        'validate',
        () => client.validate(spec),
        (v) => ({
          valid: v.valid,
          findings: { step: 'validate', list: v.diagnostics },
        }),
      ),
    save: () =>
      spec &&
      run(
        'save',
        () => client.saveDraft(spec),
        (v) => ({
          version: v,
          savedText: JSON.stringify(spec),
          submission: undefined,
          review: undefined,
          findings: { step: 'save', list: v.diagnostics },
        }),
      ),
    submit: () =>
      appId !== undefined &&
      hash !== undefined &&
      run(
        'submit',
        () => client.submit(appId, hash),
        (s) => ({
          submission: s,
          findings: { step: 'submit', list: s.warnings },
          ...(state.version ? { version: { ...state.version, status: s.status } } : {}),
        }),
      ),
    refresh: () =>
      appId !== undefined &&
      hash !== undefined &&
      run(
        'refresh',
        () => withPublications(client, appId, client.version(appId, hash)),
        ({ value: v, publications }) => ({
          version: { ...state.version, ...v },
          publications,
          ...(v.submission ? { submission: v.submission } : {}),
        }),
      ),
    showReview: () =>
      appId !== undefined &&
      hash !== undefined &&
      run(
        'review',
        () => withPublications(client, appId, client.review(appId, hash)),
        ({ value: r, publications }) => ({
          review: r,
          publications,
          version: { ...state.version, ...r.version },
          ...(r.submission ? { submission: r.submission } : {}),
        }),
      ),
  };
}

/**
 * An answer together with the app's publications, so a version's standing can tell a rollback from
 * a newer publication. Without the list (an older server, a refusal) the standing reads the review
 * status alone, as before; the answer itself is never lost for it.
 */
async function withPublications<T>(
  client: RegistryClient,
  appId: string,
  call: Promise<RegistryResult<T>>,
): Promise<RegistryResult<{ value: T; publications: readonly Publication[] }>> {
  const [answer, publications] = await Promise.all([call, client.publications(appId)]);
  if (!answer.ok) return answer;
  const list = publications.ok ? publications.value.publications : [];
  return { ...answer, value: { value: answer.value, publications: list } };
}
