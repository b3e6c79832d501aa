import assert from 'node:assert/strict';
import { assertAccessible } from '../harness/axe';
import { eventually } from '../harness/eventually';
import { type Scenario, shot } from '../harness/scenario';

/**
 * The dispatcher reassigns two of Ana's jobs to Ben: the one she left alone leaves her phone, the
 * one she edited offline shows her edit refused ("the server undid this") before it leaves; both
 * arrive on Ben's phone.
 */
export const reassign: Scenario = {
  name: 'a reassigned job leaves the old phone (an edit waiting there is shown refused) and arrives on the new one',
  async run(world) {
    const ana = await world.phone('ana');
    const ben = await world.phone('ben');
    const office = await world.phone('dina', 'dispatcher');
    for (const d of [ana, ben, office]) await d.synced();
    await ana.page.locator('[data-testid="job-row"][data-job="job-3"]').waitFor();

    await ana.offline(true);
    await ana.openJob('job-3');
    await ana.saveNotes('Ladder left in the plant room');

    for (const id of ['job-2', 'job-3']) {
      await office.openJob(id);
      await office.page.getByTestId('assignee').fill('ben');
      await office.page.getByTestId('reassign').click();
      await office.page.locator('[data-testid="job-detail"]', { hasText: 'assigned to ben' }).waitFor();
    }
    await office.synced();
    await office.tab('jobs');
    await assertAccessible(office.page, 'dispatcher job list');
    await shot(office.page, 'dispatcher-jobs');
    await ben.tab('jobs');
    for (const id of ['job-2', 'job-3'])
      await ben.page.locator(`[data-testid="job-row"][data-job="${id}"]`).waitFor();

    await ana.offline(false);
    await ana.synced();
    await ana.tab('problems');
    const refused = ana.page.getByTestId('rejected-item');
    await refused.waitFor();
    assert.match((await refused.textContent()) ?? '', /Job job-3: notes — the server undid this/);
    await shot(ana.page, 'refused-after-reassign');
    await assertAccessible(ana.page, 'changes that did not go through');
    await ana.tab('jobs');
    await eventually(async () => {
      const rows = await ana.page
        .locator('[data-testid="job-row"], [data-testid="away-row"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-job')));
      assert.ok(
        !rows.includes('job-2') && !rows.includes('job-3'),
        `still on Ana's phone: ${rows.join(', ')}`,
      );
    });
    const server = await world.serverRecords();
    assert.equal(server.get('Job/job-3')?.assigneeId, 'ben');
    assert.notEqual(server.get('Job/job-3')?.notes, 'Ladder left in the plant room');
  },
};
