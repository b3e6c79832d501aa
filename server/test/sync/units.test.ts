import type { SyncSpec } from '@syncraft/runtime/spec';
import { describe, expect, it } from 'vitest';
import { accessContextFor } from '../../src/sync/access-context';
import { diffCompatibility } from '../../src/sync/compatibility';
import { decodeCursor, encodeCursor } from '../../src/sync/cursor';
import { templateSpec } from '../helpers/app';

describe('access context from a token', () => {
  const spec = templateSpec('inspections');

  it('maps sub, roles and each declared parameter from its claim', () => {
    const ctx = accessContextFor(
      spec,
      {
        userId: 'ines',
        roles: ['inspector'],
        claims: { sub: 'ines', sites: ['s1', 's2'], certifiedLevel: 2 },
      },
      1000,
    );
    expect(ctx).toEqual({
      userId: 'ines',
      roles: ['inspector'],
      params: { siteIds: ['s1', 's2'], certifiedLevel: 2 },
      now: 1000,
    });
  });

  it('leaves a parameter unknown when its claim is missing or an object', () => {
    const ctx = accessContextFor(spec, { userId: 'x', roles: [], claims: { sites: { nested: true } } }, 0);
    expect(ctx.params).toEqual({});
  });
});

describe('spec version compatibility', () => {
  const published = templateSpec('field-service');
  const at = (version: string, mutate: (s: SyncSpec) => SyncSpec = (s) => s): SyncSpec =>
    mutate({ ...published, app: { ...published.app, version } });
  const current = { appId: 'field-service', version: '1.2.0', hash: 'h', spec: at('1.2.0') };

  it('accepts the published version without looking anything up', async () => {
    const check = diffCompatibility(async () => {
      throw new Error('no lookup expected');
    });
    expect(await check.isCompatible('field-service', '1.2.0', current)).toBe(true);
  });

  it('accepts an older version whose diff has no breaking change, and asks the lookup once', async () => {
    let lookups = 0;
    const check = diffCompatibility(async () => {
      lookups++;
      return at('1.1.0');
    });
    expect(await check.isCompatible('field-service', '1.1.0', current)).toBe(true);
    expect(await check.isCompatible('field-service', '1.1.0', current)).toBe(true);
    expect(lookups).toBe(1);
  });

  it('refuses a version that was never published, or whose diff breaks devices', async () => {
    expect(
      await diffCompatibility(async () => undefined).isCompatible('field-service', '0.1.0', current),
    ).toBe(false);
    const older = at('1.0.0', (s) => ({
      ...s,
      entities: s.entities.map((e) => (e.name === 'Visit' ? { ...e, key: 'jobId' } : e)),
    }));
    expect(await diffCompatibility(async () => older).isCompatible('field-service', '1.0.0', current)).toBe(
      false,
    );
  });
});

describe('pull cursors', () => {
  it('round-trip positions and refuse anything else', () => {
    expect(decodeCursor(encodeCursor(0))).toBe(0);
    expect(decodeCursor(encodeCursor(123456))).toBe(123456);
    for (const bad of ['', 'c', 'c-1', 'c01', '12', 'c1e5', 'c9999999999999999', ' c1']) {
      expect(decodeCursor(bad), bad).toBeUndefined();
    }
  });
});
