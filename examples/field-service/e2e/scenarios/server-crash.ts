import assert from 'node:assert/strict';
import { eventually } from '../harness/eventually';
import type { Scenario } from '../harness/scenario';

/**
 * Ana's phone syncs a visit and time after being offline; the server applies the push and is
 * SIGKILLed before its answer reaches the phone, then restarted on the same data. The phone retries:
 * the replay is recognised (no time counted twice, one visit), and what was confirmed before the
 * crash is all there.
 */
export const serverCrash: Scenario = {
  name: 'the server killed mid-sync and restarted loses nothing acknowledged and applies nothing twice',
  timeoutMs: 120_000,
  async run(world) {
    const before = await world.serverRecords();
    const ana = await world.phone('ana');
    await ana.synced();
    await ana.offline(true);
    await ana.openJob('job-4');
    const page = ana.page;
    await page.getByTestId('visit-parts').fill('filter, seal kit');
    await page.getByTestId('visit-note').fill('Pump serviced');
    await page.getByTestId('record-visit').click();
    await page.getByTestId('visit-message').waitFor();
    assert.match((await page.getByTestId('visit-message').textContent()) ?? '', /Visit of 60 min recorded/);
    await ana.addTime(2);

    let killed = false;
    let shownSending = false;
    world.app.onNextPushAnswer(async () => {
      // The server has applied the push; the phone still waits for the answer: the job says so.
      await page
        .locator('[data-testid="job-detail"] [data-testid="record-state"][data-state="sending"]')
        .first() // the job's own badge comes before its visits'
        .waitFor({ timeout: 10_000 })
        .then(
          () => {
            shownSending = true;
          },
          () => undefined,
        );
      await world.server.kill();
      killed = true;
    });
    const pushesBefore = world.app.pushes;
    await ana.offline(false);
    await eventually(async () => assert.ok(killed, 'no push reached the server'));
    assert.ok(shownSending, 'the job did not show “Syncing” while its push was unanswered');
    await world.restartServer();
    await ana.synced(60_000);
    assert.ok(world.app.pushes > pushesBefore + 1, 'the phone did not push again after the crash');

    const after = await world.serverRecords();
    const job = after.get('Job/job-4');
    assert.equal(job?.minutesWorked, 90, 'time counted twice or lost (60 min visit + 2 × 15 min)');
    assert.deepEqual([...((job?.partsUsed as string[]) ?? [])].sort(), ['filter', 'seal kit']);
    const visits = [...after.values()].filter((r) => r.jobId === 'job-4');
    assert.equal(visits.length, 1, 'the visit was stored twice or not at all');
    // Everything confirmed before the crash is still there.
    for (const [id, record] of before)
      if (id !== 'Job/job-4') assert.deepEqual(after.get(id), record, `${id} changed or vanished`);
    await ana.openJob('job-4');
    assert.equal((await ana.jobShown()).minutes, 90);
    assert.equal(
      await page
        .locator('[data-testid="job-detail"] [data-testid="record-state"]')
        .first()
        .getAttribute('data-state'),
      'confirmed',
    );
  },
};
