import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import {
  createMemoryTransport,
  createSyncClient,
  InMemorySyncServer,
  ManualScheduler,
  type SyncClient,
} from '../../src';
import type { SyncSpec } from '../../src/spec';
import type { AppSchema, Job } from './field-service.generated';

/** A template's path (a plain path: under jsdom the global `URL` is not Node's). */
export const templatePath = (name: string) =>
  join(dirname(fileURLToPath(import.meta.url)), `../../../templates/${name}.json`);

/** The field-service template, whose types `field-service.generated.ts` holds. */
export const fieldServiceSpec = JSON.parse(readFileSync(templatePath('field-service'), 'utf8')) as SyncSpec;

/** A job a north-region dispatcher may create. */
export function job(id: string, changes: Partial<Job> = {}): Job {
  return {
    id,
    title: `Job ${id}`,
    siteId: 'site-1',
    assigneeId: 'tech-1',
    region: 'north',
    status: 'open',
    scheduledAt: '2026-06-01T09:00:00Z',
    ...changes,
  };
}

/**
 * A typed client of a north-region dispatcher on a fresh in-memory IndexedDB, against an in-memory
 * server of the field-service template.
 */
export async function dispatcherClient(
  options: { readonly encryptionKey?: CryptoKey } = {},
): Promise<SyncClient<AppSchema>> {
  const server = new InMemorySyncServer({ spec: fieldServiceSpec });
  const time = new ManualScheduler(Date.parse('2026-06-01T08:00:00Z'));
  const user = { id: 'disp-1', roles: ['dispatcher'], params: { region: 'north' } };
  return createSyncClient<AppSchema>({
    spec: fieldServiceSpec,
    transport: createMemoryTransport(server, () => ({
      userId: user.id,
      roles: user.roles,
      params: user.params,
      now: time.now(),
    })),
    user,
    encryptionKey: options.encryptionKey ?? (await aesKey()),
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    scheduler: time,
    network: null,
  });
}

/** An AES-GCM key for the template's encrypted fields. */
export function aesKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}
