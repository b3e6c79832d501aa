import assert from 'node:assert/strict';
import { assertAccessible } from '../harness/axe';
import { eventually } from '../harness/eventually';
import type { Phone } from '../harness/phone';
import { type Scenario, shot } from '../harness/scenario';

const PROMPT = 'Two people changed the job notes. Pick the version to keep.';
const DECIDED = 'Valve shut, then replaced';

/** What every replica must end with, by the spec's rules (templates/field-service.json). */
const CONVERGED = {
  status: 'done', // enum-precedence: done beats in_progress
  minutes: 45, // counter: 15 + 30
  parts: ['gasket', 'valve-22'], // set-union
};

async function expectJob(device: Phone, notes: string): Promise<void> {
  await device.openJob('job-1');
  await eventually(async () => assert.deepEqual(await device.jobShown(), { ...CONVERGED, notes }));
}

/**
 * Two devices of the technician go offline and edit the same job (status, notes, parts, time); one
 * reloads with no network and finds the app and its edits; both reconnect; every replica and the
 * server converge as the rules say, and the notes conflict is decided on a phone and closes on
 * every device and on the server.
 */
export const offlineConvergence: Scenario = {
  name: 'two phones edit one job offline, a reload offline keeps the app and edits, and all replicas converge; the notes conflict is decided once for everyone',
  async run(world) {
    const phone = await world.phone('ana', 'ana-phone');
    const tablet = await world.phone('ana', 'ana-tablet');
    const office = await world.phone('dina', 'dispatcher');
    for (const d of [phone, tablet, office]) await d.synced();

    await phone.offline(true);
    await tablet.offline(true);
    await phone.openJob('job-1');
    await phone.setStatus('in_progress');
    await phone.addPart('valve-22');
    await phone.addTime(1);
    await phone.saveNotes('Valve shut');
    await tablet.openJob('job-1');
    await tablet.setStatus('done');
    await tablet.addPart('gasket');
    await tablet.addTime(2);
    await tablet.saveNotes('Valve replaced');
    await phone.page.locator('[data-testid="sync-status"][data-state="offline"]').waitFor();
    assert.ok((await phone.pending()) > 0, 'the phone shows no pending changes');
    assert.equal(
      await phone.page.getByTestId('pending-critical').count(),
      1,
      'pending jobs are not shown as critical',
    );
    assert.equal(
      await phone.page
        .locator('[data-testid="job-detail"] [data-testid="record-state"]')
        .first() // the job's own badge comes before its visits'
        .getAttribute('data-state'),
      'saved',
    );
    await shot(phone.page, 'offline-edits');

    // A reload with no network: the service worker serves the app, IndexedDB the data.
    await phone.page.reload();
    await phone.page.locator('[data-testid="sync-status"][data-state="offline"]').waitFor();
    await phone.openJob('job-1');
    assert.deepEqual(await phone.jobShown(), {
      status: 'in_progress',
      notes: 'Valve shut',
      minutes: 15,
      parts: ['valve-22'],
    });

    await phone.offline(false);
    await phone.synced();
    await tablet.offline(false);
    await tablet.synced();

    // The tablet pushed second: its notes met the phone's, and a person must decide.
    await tablet.tab('conflicts');
    const conflict = tablet.page.getByTestId('conflict');
    await conflict.waitFor();
    assert.equal(await conflict.getByTestId('conflict-prompt').textContent(), PROMPT);
    assert.equal(await conflict.getByTestId('conflict-server').textContent(), 'Valve shut');
    assert.equal(await conflict.getByTestId('conflict-client').textContent(), 'Valve replaced');
    assert.equal((await world.openConflicts()).length, 1);
    await assertAccessible(tablet.page, 'conflict list');
    await shot(tablet.page, 'conflict');
    for (const d of [phone, office]) await expectJob(d, 'Valve replaced'); // the interim: the later edit

    // The person writes the version to keep from both.
    await conflict.getByRole('textbox').fill(DECIDED);
    await conflict.getByTestId('keep-own').click();
    await tablet.page.getByTestId('no-conflicts').waitFor();
    await tablet.synced();
    await eventually(async () => assert.deepEqual(await world.openConflicts(), []));
    for (const d of [phone, tablet, office]) {
      await expectJob(d, DECIDED);
      await d.tab('conflicts');
      await d.page.getByTestId('no-conflicts').waitFor();
    }
    const job = (await world.serverRecords()).get('Job/job-1');
    assert.deepEqual(
      {
        status: job?.status,
        notes: job?.notes,
        minutes: job?.minutesWorked,
        parts: [...((job?.partsUsed as string[]) ?? [])].sort(),
      },
      { status: CONVERGED.status, notes: DECIDED, minutes: CONVERGED.minutes, parts: CONVERGED.parts },
    );
    await phone.openJob('job-1');
    await assertAccessible(phone.page, 'job detail');
    await shot(phone.page, 'job-detail');
  },
};
