import { readFileSync } from 'node:fs';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { signDevToken } from '@syncraft/server';
import type { Browser } from 'playwright-core';
import { publishSpec, sampleRecords, seedServer } from '../../scripts/server-setup';
import { AppServer } from './app-server';
import { phone as newPhone } from './browser';
import { distDir } from './build';
import { Phone } from './phone';
import { SyncraftServer } from './syncraft-server';

/** The field-service template, as published in the registry. */
export const templateSpec = (): SyncSpec =>
  JSON.parse(
    readFileSync(new URL('../../../../templates/field-service.json', import.meta.url), 'utf8'),
  ) as SyncSpec;

/** Who takes part: two technicians, a dispatcher, and the spec's author and reviewer. */
export type Person = 'ana' | 'ben' | 'dina' | 'author' | 'reviewer';

const CLAIMS: Record<Person, { roles: string[]; claims?: Record<string, string> }> = {
  ana: { roles: ['technician'], claims: { region: 'north' } },
  ben: { roles: ['technician'], claims: { region: 'north' } },
  dina: { roles: ['dispatcher'], claims: { region: 'north' } },
  author: { roles: ['builder'] },
  reviewer: { roles: ['reviewer'] },
};

/**
 * Everything the scenarios share: the Syncraft server process (SQLite), the app served with `/api`
 * forwarded to it, the browser, signed tokens, and the spec published through the registry.
 */
export class World {
  readonly server = new SyncraftServer();
  app!: AppServer;
  readonly tokens = {} as Record<Person, string>;
  readonly phones: Phone[] = [];

  constructor(readonly browser: Browser) {}

  async start(): Promise<void> {
    const url = await this.server.start();
    this.app = new AppServer(distDir, url);
    await this.app.start();
    for (const [sub, c] of Object.entries(CLAIMS))
      this.tokens[sub as Person] = await signDevToken(this.server.secret, { sub, ...c });
    const { author, reviewer, dina } = this.tokens;
    await seedServer(
      this.server.url,
      templateSpec(),
      { author, reviewer, dispatcher: dina },
      sampleRecords(['ana']),
    );
  }

  /** Publishes `spec` through review: saved and submitted by the author, approved and published by the reviewer. */
  publish(spec: SyncSpec): Promise<string> {
    return publishSpec(this.server.url, spec, { author: this.tokens.author, reviewer: this.tokens.reviewer });
  }

  /** SIGKILLs the server and starts it again on the same data; the app's proxy follows it. */
  async restartServer(): Promise<void> {
    await this.server.kill();
    this.app.target = await this.server.start();
  }

  /** A fresh phone signed in as `who`. */
  async phone(who: Person, name: string = who): Promise<Phone> {
    const { context, page, errors } = await newPhone(this.browser, this.app.url);
    const device = new Phone(name, context, page, errors);
    this.phones.push(device);
    await device.signIn(this.app.url, this.tokens[who]);
    return device;
  }

  /** Every live record on the server the dispatcher may read, as a fresh device would pull them. */
  async serverRecords(): Promise<Map<string, Record<string, unknown>>> {
    const spec = templateSpec();
    const records = new Map<string, Record<string, unknown>>();
    let cursor: string | undefined;
    const published = (await (
      await fetch(`${this.server.url}/api/apps/${spec.app.id}/published`, {
        headers: { Authorization: `Bearer ${this.tokens.dina}` },
      })
    ).json()) as { version: string };
    for (;;) {
      const res = await fetch(`${this.server.url}/api/apps/${spec.app.id}/sync/pull`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${this.tokens.dina}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          protocol: 1,
          specVersion: published.version,
          clientId: `check-${Date.now()}`,
          limit: 500,
          ...(cursor ? { cursor } : {}),
        }),
      });
      const body = (await res.json()) as {
        changes: { kind: string; entity: string; key: string; record?: Record<string, unknown> }[];
        cursor: string;
        hasMore: boolean;
      };
      if (res.status !== 200) throw new Error(`pull answered ${res.status}: ${JSON.stringify(body)}`);
      for (const c of body.changes)
        if (c.kind === 'upsert' && c.record) records.set(`${c.entity}/${c.key}`, c.record);
      cursor = body.cursor;
      if (!body.hasMore) return records;
    }
  }

  /** The server's open manual conflicts (the office's list). */
  async openConflicts(): Promise<{ id: string; key: string; fields: string[] }[]> {
    const res = await fetch(`${this.server.url}/api/apps/field-service/sync/conflicts?status=open`, {
      headers: { Authorization: `Bearer ${this.tokens.dina}` },
    });
    return ((await res.json()) as { conflicts: { id: string; key: string; fields: string[] }[] }).conflicts;
  }

  /** Closes every phone opened so far. */
  async closePhones(): Promise<void> {
    for (const p of this.phones.splice(0)) await p.context.close();
  }

  async stop(): Promise<void> {
    await this.closePhones();
    await this.app?.close();
    await this.server.stop();
  }
}
