import assert from 'node:assert/strict';
import type { SyncSpec } from '@syncraft/runtime/spec';
import { assertAccessible } from '../harness/axe';
import { eventually } from '../harness/eventually';
import { type Scenario, shot } from '../harness/scenario';
import { templateSpec } from '../harness/world';

/** Version 1.1.0 of the template: visits get an optional summary field (a new column on every device). */
export function specV2(): SyncSpec {
  const spec = templateSpec();
  const visit = spec.entities.find((e) => e.name === 'Visit')!;
  return {
    ...spec,
    app: { ...spec.app, version: '1.1.0' },
    entities: spec.entities.map((e) =>
      e === visit ? { ...e, fields: [...e.fields, { name: 'summary', type: 'text', maxLength: 2000 }] } : e,
    ),
  } as SyncSpec;
}

/**
 * A phone queues edits offline while spec 1.1.0 is published; when the connection returns, the app
 * loads the new spec first (the local database is upgraded in place), then its queued edits sync.
 * Then the person removes the phone's copy: refused while an edit is unsent, done once it is sent.
 */
export const specUpgrade: Scenario = {
  name: 'a spec published while a phone is offline is loaded when it returns, keeping its queued edits; its copy is removed only once nothing is unsent',
  async run(world) {
    const ana = await world.phone('ana');
    await ana.synced();
    await ana.page.locator('[data-testid="spec-version"]', { hasText: 'rules v1.0.0' }).waitFor();
    await ana.offline(true);
    await ana.openJob('job-1');
    await ana.addPart('o-ring');
    await ana.addTime(1);
    const minutesBefore = Number((await world.serverRecords()).get('Job/job-1')?.minutesWorked);

    await world.publish(specV2());
    await ana.offline(false);
    await ana.page.locator('[data-testid="spec-version"]', { hasText: 'rules v1.1.0' }).waitFor();
    await ana.page.getByTestId('upgraded').waitFor();
    await ana.synced();
    await shot(ana.page, 'spec-upgraded');

    await eventually(async () => {
      const job = (await world.serverRecords()).get('Job/job-1');
      assert.ok(
        ((job?.partsUsed as string[] | undefined) ?? []).includes('o-ring'),
        'the queued part did not reach the server',
      );
      assert.equal(job?.minutesWorked, minutesBefore + 15);
    });
    await ana.openJob('job-1');
    assert.ok((await ana.jobShown()).parts.includes('o-ring'));

    // Removing the device's copy is refused while an edit is unsent, unless the person confirms.
    await ana.offline(true);
    await ana.addPart('washer');
    await ana.tab('device');
    await ana.page.getByTestId('remove-local').click();
    const warning = ana.page.getByTestId('unsent-warning');
    await warning.waitFor();
    assert.match((await warning.textContent()) ?? '', /1 change has not reached the server yet \(Job: 1\)/);
    await assertAccessible(ana.page, 'removing the local copy');
    await ana.page.getByTestId('keep-copy').click();
    await ana.offline(false);
    await ana.synced();
    await ana.tab('device');
    await ana.page.getByTestId('remove-local').click();
    const notice = ana.page.getByTestId('sign-in-notice');
    await notice.waitFor();
    assert.match((await notice.textContent()) ?? '', /This device's copy was removed \(\d+ records\)/);
    await assertAccessible(ana.page, 'sign-in');
    await eventually(async () => {
      const job = (await world.serverRecords()).get('Job/job-1');
      assert.ok(
        ((job?.partsUsed as string[] | undefined) ?? []).includes('washer'),
        'the kept edit was lost',
      );
    });
  },
};
