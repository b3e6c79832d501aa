import type { Session } from '@syncraft/runtime/protocol';
import { createRegistryClient, type RegistryClient, type RegistryFailure } from '@syncraft/runtime/registry';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TokenStore } from '../registry/token-store';
import { usableToken, useSharedSession } from '../sign-in';
import { AuditPage } from './audit/AuditPage';
import { AppPage } from './queue/AppPage';
import { QueuePage } from './queue/QueuePage';
import { ReviewPage } from './review/ReviewPage';
import { type ConsoleRoute, parseRoute, routeHref } from './route';
import { SignIn } from './SignIn';
import './console.css';

/** What the console needs from its page: where tokens are kept and, for tests, another client. */
export interface ConsoleAppProps {
  readonly tokens: TokenStore;
  readonly client?: RegistryClient;
}

type SignedIn =
  | { readonly kind: 'checking' }
  | { readonly kind: 'out'; readonly failure: RegistryFailure | undefined }
  | { readonly kind: 'in'; readonly session: Session };

/**
 * The reviewer's console: sign-in, the review queue, one version's review, an app's versions and
 * publications, and the audit log. Pages live in the URL hash; every call goes through the shared
 * registry client with the signed-in token, and the server decides what is allowed. A tab opened
 * without a token first asks the designer's and console's other tabs for theirs (`useSharedSession`).
 */
export function ConsoleApp({ tokens, client: given }: ConsoleAppProps) {
  // An expired token of this tab is not sent: the shared session drops it and asks the other tabs.
  const [held] = useState(() => {
    const token = tokens.get();
    return usableToken(token, Date.now()) ? token : undefined;
  });
  const tokenRef = useRef(held);
  const client = useMemo(() => given ?? createRegistryClient({ token: () => tokenRef.current }), [given]);
  // Checking at first either way: this tab's own token with the server, or the other tabs for one.
  const [signedIn, setSignedIn] = useState<SignedIn>({ kind: 'checking' });
  const [route, setRoute] = useState<ConsoleRoute>(() => parseRoute(location.hash));

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // Told only after this render (the hook's effects and messages), when `check` below exists.
  const session = useSharedSession(tokens, (token) => {
    tokenRef.current = token;
    if (token !== undefined) void check();
    else setSignedIn((old) => (old.kind === 'out' ? old : { kind: 'out', failure: undefined }));
  });
  const check = useCallback(async () => {
    const sent = tokenRef.current;
    setSignedIn({ kind: 'checking' });
    const answer = await client.session();
    if (answer.ok) setSignedIn({ kind: 'in', session: answer.value });
    else {
      if (answer.failure.kind === 'refused' && answer.failure.status === 401 && sent !== undefined) {
        // Expired or revoked: every tab holding this token forgets it too.
        tokenRef.current = undefined;
        session.refused(sent);
      }
      setSignedIn({ kind: 'out', failure: answer.failure });
    }
  }, [client, session]);

  useEffect(() => {
    if (tokenRef.current) void check();
  }, [check]);

  const signIn = (token: string) => {
    tokenRef.current = token;
    session.signIn(token);
    void check();
  };
  const signOut = () => {
    tokenRef.current = undefined;
    session.signOut();
    setSignedIn({ kind: 'out', failure: undefined });
  };

  // Each page names itself in the title, so a screen reader hears where a link went.
  useEffect(() => {
    const names: Record<ConsoleRoute['page'], string> = {
      queue: 'Review queue',
      review: 'Review',
      app: 'App',
      audit: 'Audit log',
    };
    document.title = `${names[route.page]} — Syncraft console`;
  }, [route]);

  return (
    <div className="sc-console">
      <a className="sc-console__skip" href="#console-main">
        Skip to content
      </a>
      <header className="sc-console__bar">
        <span className="sc-console__brand">Syncraft · Review console</span>
        {signedIn.kind === 'in' ? (
          <>
            <nav aria-label="Console">
              <a
                href={routeHref({ page: 'queue' })}
                aria-current={route.page === 'queue' ? 'page' : undefined}
              >
                Review queue
              </a>
              {signedIn.session.permissions.includes('audit.read') ? (
                <a
                  href={routeHref({ page: 'audit' })}
                  aria-current={route.page === 'audit' ? 'page' : undefined}
                  data-testid="nav-audit"
                >
                  Audit log
                </a>
              ) : null}
              <a href="/">Designer</a>
            </nav>
            <span className="sc-console__who" data-testid="console-user">
              {signedIn.session.userId} ({signedIn.session.roles.join(', ') || 'no role'})
            </span>
            <button type="button" className="sc-button" onClick={signOut} data-testid="sign-out">
              Sign out
            </button>
          </>
        ) : null}
      </header>
      <div id="console-main" className="sc-console__main" tabIndex={-1}>
        {signedIn.kind === 'in' ? (
          <Page route={route} client={client} session={signedIn.session} />
        ) : (
          <SignIn
            client={client}
            busy={signedIn.kind === 'checking'}
            failure={signedIn.kind === 'out' ? signedIn.failure : undefined}
            onSignIn={signIn}
          />
        )}
      </div>
    </div>
  );
}

function Page(props: { route: ConsoleRoute; client: RegistryClient; session: Session }) {
  const { route, client, session } = props;
  switch (route.page) {
    case 'queue':
      return <QueuePage client={client} session={session} />;
    case 'review':
      return <ReviewPage client={client} session={session} appId={route.appId} hash={route.hash} />;
    case 'app':
      return <AppPage client={client} session={session} appId={route.appId} />;
    case 'audit':
      return <AuditPage client={client} session={session} />;
  }
}
