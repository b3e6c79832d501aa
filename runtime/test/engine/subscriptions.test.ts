import { describe, expect, it } from 'vitest';
import { SubscriptionError } from '../../src';
import { templateSpec } from '../authority/templates';
import { device, InMemorySyncServer } from './fixtures';

const spec = templateSpec('issue-tracker');

/** A tracker with two projects; Ana is a developer of the first only. */
async function tracker() {
  const server = new InMemorySyncServer({ spec });
  await server.write('Project', 'p1', { id: 'p1', name: 'App' });
  await server.write('Project', 'p2', { id: 'p2', name: 'Secret' });
  await server.write('ProjectMember', 'm1', { id: 'm1', projectId: 'p1', userId: 'ana', role: 'developer' });
  const issue = (id: string, projectId: string, dueAt: string, assigneeId = 'carl') =>
    server.write('Issue', id, { id, projectId, title: id, status: 'open', dueAt, assigneeId });
  await issue('i1', 'p1', '2026-06-02T10:00:00Z');
  await issue('i2', 'p1', '2026-06-09T10:00:00Z');
  await issue('i3', 'p2', '2026-06-02T10:00:00Z');
  await issue('mine', 'p1', '2026-07-01T10:00:00Z', 'ana');
  await server.write('Comment', 'c1', {
    id: 'c1',
    issueId: 'i1',
    authorId: 'carl',
    body: 'Seen',
    postedAt: '2026-06-01T09:00:00Z',
  });
  const ana = await device(server, { userId: 'ana', roles: ['member'] });
  return { server, ana };
}

const keys = async (d: Awaited<ReturnType<typeof tracker>>['ana'], entity: string) =>
  (await d.client.table(entity).query()).map((r) => String(r.id)).sort();

describe('subscriptions', () => {
  it('a device holds its own issues, and a subscription brings the week it plans, with their comments', async () => {
    const { ana } = await tracker();
    await ana.client.syncNow();
    expect(await keys(ana, 'Issue')).toEqual(['mine']);
    const week = await ana.client.subscribe('issuesBetween', {
      from: '2026-06-01T00:00:00Z',
      to: '2026-06-07T23:59:59Z',
    });
    await ana.client.syncNow();
    // i3 is due that week too, but Ana is not a member of its project: a subscription only narrows.
    expect(await keys(ana, 'Issue')).toEqual(['i1', 'mine']);
    expect(await keys(ana, 'Comment')).toEqual(['c1']);
    await week.unsubscribe();
    await ana.client.syncNow();
    expect(await keys(ana, 'Issue')).toEqual(['mine']);
    expect(await keys(ana, 'Comment')).toEqual([]);
  });

  it('an optional parameter narrows when given, and subscriptions stay open across syncs until closed', async () => {
    const { ana } = await tracker();
    await ana.client.subscribe('issuesBetween', {
      from: '2026-06-01T00:00:00Z',
      to: '2026-06-30T00:00:00Z',
      projectId: 'p1',
    });
    await ana.client.subscribe('issue', { id: 'i3' });
    await ana.client.syncNow();
    expect(await keys(ana, 'Issue')).toEqual(['i1', 'i2', 'mine']);
    await ana.client.syncNow();
    expect(await keys(ana, 'Issue')).toEqual(['i1', 'i2', 'mine']);
  });

  it('refuses unknown subscriptions and parameters of the wrong type, missing or unknown, before anything is sent', async () => {
    const { ana } = await tracker();
    await expect(ana.client.subscribe('everything', {})).rejects.toThrow(SubscriptionError);
    await expect(
      ana.client.subscribe('issuesBetween', { from: 'next week', to: '2026-06-07' }),
    ).rejects.toMatchObject({
      pointer: '/params/from',
    });
    await expect(ana.client.subscribe('issuesBetween', { from: '2026-06-01' })).rejects.toThrow(
      /needs parameter “to”/,
    );
    await expect(ana.client.subscribe('issue', { id: 'i1', all: true })).rejects.toThrow(
      /has no parameter “all”/,
    );
  });

  it('the server refuses a forged subscription with a pointer, whatever the device let through', async () => {
    const { server } = await tracker();
    const answer = await server.pull(
      { userId: 'eve', roles: ['member'], params: {}, now: Date.parse('2026-06-01T00:00:00Z') },
      {
        protocol: 1,
        specVersion: spec.app.version,
        clientId: 'forged',
        subscriptions: [{ name: 'issue', params: { id: ['i1', 'i3'] } }],
      },
    );
    expect(answer).toMatchObject({
      ok: false,
      status: 400,
      body: { error: { pointer: '/subscriptions/0/params/id' } },
    });
  });
});
