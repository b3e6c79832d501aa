// An app's own code against the installed package, type-checked under a strict tsconfig with
// skipLibCheck off (../tsconfig.*.json). Never run: it only has to compile, and fail where it should.
import {
  createHttpTransport,
  createSyncClient,
  type SyncClient,
  type SyncStatus,
  WriteError,
} from '@syncraft/runtime';
import { decideWrite, evaluateCondition } from '@syncraft/runtime/access';
import { MemoryAuthorityStore } from '@syncraft/runtime/authority';
import { compareHlc, fieldRules } from '@syncraft/runtime/merge';
import { conforms, type PushRequest } from '@syncraft/runtime/protocol';
import { SyncClientProvider, useSyncClient, useSyncStatus } from '@syncraft/runtime/react';
import { createRegistryClient } from '@syncraft/runtime/registry';
import { check, type Diagnostic, diff, type SyncSpec } from '@syncraft/runtime/spec';

export async function open(spec: SyncSpec, token: () => string): Promise<SyncClient> {
  const result = check(spec);
  const errors: readonly Diagnostic[] = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new Error(errors.map((d) => `${d.code} ${d.pointer}: ${d.message}`).join('\n'));
  const client = await createSyncClient({
    spec,
    transport: createHttpTransport({ baseUrl: 'https://sync.example.com', appId: spec.app.id, token }),
    user: { id: 'tech-1', roles: ['technician'] },
  });
  try {
    await client.table('Job').update('job-1', { status: 'in_progress' });
  } catch (error) {
    if (error instanceof WriteError) console.warn(error.pointer, error.reason);
  }
  // @ts-expect-error a table is named by a string
  client.table(42);
  return client;
}

export const pending = (status: SyncStatus): number => status.pending.critical + status.pending.normal;

export function Pending() {
  const client: SyncClient = useSyncClient();
  const status = useSyncStatus();
  return (
    <p>
      {pending(status)} waiting on {client.spec.app.name}
    </p>
  );
}

export const App = (props: { readonly client: SyncClient }) => (
  <SyncClientProvider client={props.client}>
    <Pending />
  </SyncClientProvider>
);

export const used = [
  decideWrite,
  evaluateCondition,
  MemoryAuthorityStore,
  compareHlc,
  fieldRules,
  conforms,
  createRegistryClient,
  diff,
];
export type Wire = PushRequest;
