import { SyncClientProvider, useSyncStatus } from '@syncraft/runtime/react';
import { useCallback, useState } from 'react';
import { forgetDeviceKey } from '../device/encryption-key';
import { forgetSession, keepSession, storedSession } from '../session/store';
import { roleOf, type Session } from '../session/token';
import { Conflicts } from '../ui/Conflicts';
import { DeviceData } from '../ui/DeviceData';
import { JobDetail } from '../ui/JobDetail';
import { JobList } from '../ui/JobList';
import { Problems } from '../ui/Problems';
import { ScreenError } from '../ui/ScreenError';
import { SignIn } from '../ui/SignIn';
import { StatusBar } from '../ui/StatusBar';
import { useUnsent } from '../ui/use-unsent';
import { useDeviceSession } from './use-device-session';

type Tab = 'jobs' | 'conflicts' | 'problems' | 'device';

/** Each tab's screen in the words its failure message uses. */
const SCREEN_NAMES: Record<Tab, string> = {
  jobs: 'jobs',
  conflicts: 'conflicts',
  problems: 'changes not sent',
  device: 'device data',
};

/** The app: sign-in, then the signed-in user's device session. */
export function App() {
  const [session, setSession] = useState<Session | null>(() => storedSession(localStorage, Date.now()));
  const [notice, setNotice] = useState<string | undefined>();
  const signIn = useCallback((next: Session) => {
    keepSession(localStorage, next);
    setNotice(undefined);
    setSession(next);
  }, []);
  const signOut = useCallback((message?: string) => {
    forgetSession(localStorage);
    setNotice(message);
    setSession(null);
  }, []);
  if (!session) return <SignIn onSignedIn={signIn} {...(notice ? { notice } : {})} />;
  return <SignedIn key={session.token} session={session} onSignOut={signOut} />;
}

function SignedIn(props: { readonly session: Session; readonly onSignOut: (message?: string) => void }) {
  const { state } = useDeviceSession(props.session);
  const role = roleOf(props.session);
  if (!role)
    return (
      <main className="sign-in">
        <h1>Field service</h1>
        <p role="alert">
          {props.session.userId} is neither a technician nor a dispatcher: this app has nothing for that
          account.
        </p>
        <button type="button" onClick={() => props.onSignOut()}>
          Sign out
        </button>
      </main>
    );
  if (state.phase === 'opening')
    return (
      <main className="sign-in">
        <p role="status">Opening your jobs…</p>
      </main>
    );
  if (state.phase === 'failed')
    return (
      <main className="sign-in">
        <h1>Field service</h1>
        <p role="alert" data-testid="open-failed">
          {state.message}
        </p>
        <button type="button" onClick={() => props.onSignOut()}>
          Sign out
        </button>
      </main>
    );
  return (
    <SyncClientProvider client={state.client} key={state.client.clientId + state.spec.hash}>
      <Shell
        session={props.session}
        role={role}
        specVersion={state.spec.version}
        {...(state.upgradedFrom ? { upgradedFrom: state.upgradedFrom } : {})}
        {...(state.upgradeProblem ? { upgradeProblem: state.upgradeProblem } : {})}
        onSignOut={props.onSignOut}
      />
    </SyncClientProvider>
  );
}

function Shell(props: {
  readonly session: Session;
  readonly role: 'technician' | 'dispatcher';
  readonly specVersion: string;
  readonly upgradedFrom?: string;
  readonly upgradeProblem?: string;
  readonly onSignOut: (message?: string) => void;
}) {
  const [tab, setTab] = useState<Tab>('jobs');
  const [jobId, setJobId] = useState<string | null>(null);
  const unsent = useUnsent();
  const status = useSyncStatus();
  const problems = status.rejected + status.deadLetters;
  const tabs: readonly [Tab, string][] = [
    ['jobs', 'Jobs'],
    ['conflicts', status.conflicts > 0 ? `Conflicts (${status.conflicts})` : 'Conflicts'],
    ['problems', problems > 0 ? `Not sent (${problems})` : 'Not sent'],
    ['device', 'Device'],
  ];
  return (
    <>
      <header className="top">
        <div className="top__who">
          <h1>Field service</h1>
          <p>
            <span data-testid="user">{props.session.userId}</span> · {props.role} ·{' '}
            <span data-testid="spec-version">rules v{props.specVersion}</span>
          </p>
        </div>
        <button type="button" className="link" onClick={() => props.onSignOut()}>
          Sign out
        </button>
      </header>
      <StatusBar />
      {props.upgradedFrom ? (
        <p role="status" className="notice" data-testid="upgraded">
          Updated the rules from v{props.upgradedFrom} to v{props.specVersion}; your waiting changes were
          kept.
        </p>
      ) : null}
      {props.upgradeProblem ? (
        <p role="alert" className="warning" data-testid="upgrade-problem">
          {props.upgradeProblem}
        </p>
      ) : null}
      <nav aria-label="Sections" className="tabs">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            aria-current={tab === id ? 'page' : undefined}
            data-testid={`tab-${id}`}
            onClick={() => {
              setTab(id);
              setJobId(null);
            }}
          >
            {label}
          </button>
        ))}
      </nav>
      <main>
        <ScreenError
          what={jobId === null ? SCREEN_NAMES[tab] : `job ${jobId}`}
          resetKey={`${tab}/${jobId ?? ''}`}
          onLeave={() => {
            setTab('jobs');
            setJobId(null);
          }}
        >
          {tab === 'jobs' && jobId === null ? (
            <JobList role={props.role} userId={props.session.userId} unsent={unsent} onOpen={setJobId} />
          ) : null}
          {tab === 'jobs' && jobId !== null ? (
            <JobDetail
              jobId={jobId}
              role={props.role}
              userId={props.session.userId}
              unsent={unsent}
              onBack={() => setJobId(null)}
            />
          ) : null}
          {tab === 'conflicts' ? <Conflicts /> : null}
          {tab === 'problems' ? <Problems /> : null}
          {tab === 'device' ? (
            <DeviceData
              onRemoved={(report) => {
                void forgetDeviceKey(props.session.userId);
                props.onSignOut(
                  `This device's copy was removed (${report.records} records${
                    report.discarded.length > 0 ? `, ${report.discarded.length} unsent changes dropped` : ''
                  }).`,
                );
              }}
            />
          ) : null}
        </ScreenError>
      </main>
    </>
  );
}
