import assert from 'node:assert/strict';
import { openTemplate, startBlank } from '../harness/designer';
import type { Scenario } from '../harness/scenario';
import { assertNoSeriousViolations } from './a11y';

/**
 * The guided step: a role's offline reach chosen per entity (mine / my team's / everything /
 * nothing, may edit) is drawn as grants with scopes, through the job for visits.
 */
export const whoGetsWhatOffline: Scenario = {
  name: "who gets what offline: a role's reach per entity becomes its grants",
  async run({ page, url }) {
    await startBlank(page, url);
    await openTemplate(page, 'field-service');
    await page.getByTestId('node-role-dispatcher').click();
    await page.getByTestId('open-who-gets-what').click();
    const dialog = page.getByTestId('who-gets-what');
    await dialog.waitFor();
    // Sites have no field that says whose they are: "mine" is not offered.
    assert.equal(await page.getByTestId('reach-Site-mine').isDisabled(), true);
    await assertNoSeriousViolations(page, 'who gets what offline');
    await page.getByTestId('reach-Job-team').check();
    await page.getByTestId('edit-Job').check();
    await page.getByTestId('reach-Visit-none').check();
    await page.getByTestId('who-gets-what-apply').click();
    await dialog.waitFor({ state: 'hidden' });
    const inspector = page.getByTestId('inspector');
    await inspector.getByText(/Job: read, create, update/).waitFor();
    assert.doesNotMatch((await inspector.textContent()) ?? '', /Visit:/);
    await page
      .getByTestId('problems-count')
      .getByText(/none|warning/)
      .waitFor();
  },
};
