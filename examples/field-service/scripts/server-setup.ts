/**
 * Puts a Syncraft server in the state the example needs: the field-service spec published through
 * the registry's review workflow (an author saves and submits it, a reviewer approves and publishes
 * it), and a few sites and jobs created by a dispatcher through the sync endpoint. Used by the e2e
 * run and by `pnpm --filter @syncraft/example-field-service seed` against `npm start`.
 */
import { createRegistryClient, type RegistryResult } from '@syncraft/runtime/registry';
import type { SyncSpec } from '@syncraft/runtime/spec';

function must<T>(what: string, result: RegistryResult<T>): T {
  if (result.ok) return result.value;
  throw new Error(`${what} failed: ${JSON.stringify(result.failure)}`);
}

/** Saves, submits, approves and publishes `spec`; returns its hash. Re-publishing the published spec is a no-op. */
export async function publishSpec(
  baseUrl: string,
  spec: SyncSpec,
  tokens: { readonly author: string; readonly reviewer: string },
): Promise<string> {
  const author = createRegistryClient({ baseUrl: `${baseUrl}/api`, token: () => tokens.author });
  const reviewer = createRegistryClient({ baseUrl: `${baseUrl}/api`, token: () => tokens.reviewer });
  const appId = spec.app.id;
  const { hash } = must('saving the spec', await author.saveVersion(appId, spec));
  const published = await author.published(appId);
  if (published.ok && published.value.hash === hash) return hash;
  must('submitting it for review', await author.submit(appId, hash));
  must('approving it', await reviewer.approve(appId, hash, 'Example app setup'));
  must('publishing it', await reviewer.publish(appId, hash));
  return hash;
}

/** A record to create, as the sync endpoint takes it. */
export interface NewRecord {
  readonly entity: string;
  readonly key: string;
  readonly values: Readonly<Record<string, unknown>>;
}

/** Creates (or overwrites) records through `POST /sync/push` with `token`; throws unless each is applied. */
export async function pushRecords(
  baseUrl: string,
  spec: SyncSpec,
  token: string,
  records: readonly NewRecord[],
): Promise<void> {
  const now = Date.now();
  const operations = records.map((r, i) => ({
    id: `setup-${now}-${i}`,
    entity: r.entity,
    key: r.key,
    kind: 'upsert',
    changes: r.values,
    base: {},
    baseVersion: 0,
    hlc: `${String(now).padStart(13, '0')}-${String(i).padStart(6, '0')}-setup`,
    clientId: 'setup',
  }));
  const response = await fetch(`${baseUrl}/api/apps/${spec.app.id}/sync/push`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'Syncraft-Protocol': '1',
    },
    body: JSON.stringify({ protocol: 1, specVersion: spec.app.version, clientId: 'setup', operations }),
  });
  const body = (await response.json()) as { results?: { status: string; message?: string }[] };
  if (response.status !== 200) throw new Error(`push answered ${response.status}: ${JSON.stringify(body)}`);
  const refused = (body.results ?? []).filter((r) => r.status !== 'applied' && r.status !== 'merged');
  if (refused.length > 0) throw new Error(`records refused: ${JSON.stringify(refused)}`);
}

/**
 * The spec to publish for seeding: `spec` with devices allowed to create Sites. The template keeps
 * Sites read-only on devices ("edited in the office only"), and the server has no office write API
 * yet, so the sites are created under this version, which the real spec then replaces.
 */
export function seedingSpec(spec: SyncSpec): SyncSpec {
  return {
    ...spec,
    app: { ...spec.app, version: `${spec.app.version}-seed` },
    entities: spec.entities.map((e) =>
      e.name === 'Site'
        ? {
            ...e,
            offline: { ...e.offline, availability: 'read-write' },
            sync: { ...e.sync, direction: 'both' },
          }
        : e,
    ),
  } as SyncSpec;
}

/**
 * Publishes the seeding spec, creates `records` as the dispatcher, then publishes `spec` itself.
 * Returns the hash of `spec`.
 */
export async function seedServer(
  baseUrl: string,
  spec: SyncSpec,
  tokens: { readonly author: string; readonly reviewer: string; readonly dispatcher: string },
  records: readonly NewRecord[],
): Promise<string> {
  const seeding = seedingSpec(spec);
  await publishSpec(baseUrl, seeding, tokens);
  await pushRecords(baseUrl, seeding, tokens.dispatcher, records);
  return publishSpec(baseUrl, spec, tokens);
}

const day = 86_400_000;

/** Two sites and a handful of jobs in region `north`, assigned to `technicians` in turn. */
export function sampleRecords(technicians: readonly string[], now = Date.now()): NewRecord[] {
  const at = (days: number, hour: number) =>
    new Date(Math.floor((now + days * day) / day) * day + hour * 3_600_000).toISOString();
  const sites: NewRecord[] = [
    {
      entity: 'Site',
      key: 'site-harbour',
      values: {
        id: 'site-harbour',
        name: 'Harbour pumping station',
        address: '1 Quay Road',
        accessCode: '4812',
      },
    },
    {
      entity: 'Site',
      key: 'site-school',
      values: {
        id: 'site-school',
        name: 'North school',
        address: '22 Elm Street',
        contactPhone: '+44 20 7946 0000',
      },
    },
  ];
  const titles = ['Replace valve', 'Inspect boiler', 'Fix leaking pipe', 'Service pump'];
  const jobs: NewRecord[] = titles.map((title, i) => {
    const id = `job-${i + 1}`;
    return {
      entity: 'Job',
      key: id,
      values: {
        id,
        title,
        siteId: i % 2 === 0 ? 'site-harbour' : 'site-school',
        assigneeId: technicians[i % technicians.length]!,
        region: 'north',
        status: 'open',
        scheduledAt: at(i, 9),
        notes: 'Gas smell reported',
        minutesWorked: 0,
        partsUsed: [],
      },
    };
  });
  return [...sites, ...jobs];
}
