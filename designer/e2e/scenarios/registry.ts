import assert from 'node:assert/strict';
import type { Page, Route } from 'playwright-core';
import { openTemplate, startBlank } from '../harness/designer';
import type { Scenario } from '../harness/scenario';

const HASH = 'f'.repeat(64);

const version = (status: string) => ({
  appId: 'field-service',
  hash: HASH,
  appVersion: '1.0.0',
  status,
  published: false,
  createdAt: '2026-11-22T09:12:03.120Z',
  createdBy: 'dev-builder',
  statusChangedAt: '2026-11-22T09:12:03.120Z',
  sizeBytes: 5120,
});

const retention = {
  code: 'POLICY',
  severity: 'warning',
  pointer: '/entities/0/offline',
  policy: 'retention-90-days',
  message: 'Entity Site keeps records on the device with no retention limit.',
  hint: 'Set offline.retention to 90d or less.',
};

/**
 * Answers `/api` as the Syncraft server documents it (docs/governance.md), in the page itself: the
 * e2e serves only the built designer. Records each call as "METHOD path Authorization".
 */
async function fakeRegistry(page: Page, calls: string[]) {
  await page.route('**/api/**', async (route: Route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname;
    calls.push(`${request.method()} ${path} ${request.headers().authorization ?? '-'}`);
    const json = (status: number, body: unknown) =>
      route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
    if (request.headers().authorization !== 'Bearer builder-token')
      return json(401, {
        error: { code: 'unauthenticated', message: 'The token is not valid.', hint: 'Log in again.' },
      });
    if (path === '/api/specs/validate') return json(200, { valid: true, diagnostics: [retention] });
    if (path === '/api/apps/field-service/versions')
      return json(201, { ...version('draft'), created: true, diagnostics: [retention] });
    if (path === `/api/apps/field-service/versions/${HASH}/submit`)
      return json(422, {
        error: {
          code: 'policy-violation',
          message: "The spec breaks the organisation's policies: encrypt-personal-data.",
          hint: 'Each diagnostic names the policy and says how to comply.',
          diagnostics: [
            {
              code: 'POLICY',
              severity: 'error',
              pointer: '/entities/1/fields/3',
              policy: 'encrypt-personal-data',
              message: 'Job.region is tagged personal-data but not encrypted on the device.',
              hint: 'Add it to offline.encrypt.',
            },
          ],
        },
      });
    if (path === `/api/apps/field-service/versions/${HASH}/review`)
      return json(200, {
        version: version('draft'),
        submission: null,
        published: { hash: 'e'.repeat(64), appVersion: '0.9.0' },
        diff: {
          changes: [
            {
              kind: 'field-rule-changed',
              pointer: '/entities/1/fields/5/conflict',
              summary: 'Job.status conflict rule: last-writer-wins → enum-precedence',
              risk: 'medium',
              breaking: false,
            },
          ],
          summary: { against: 'e'.repeat(64), changes: 1, breaking: 0, highRisk: 0 },
        },
        warnings: [retention],
        comments: [],
      });
    return json(404, { error: { code: 'not-found', message: `No route ${path}.` } });
  });
}

/** Without a Syncraft server behind the designer, publishing says so and nothing breaks. */
export const publishWithoutServer: Scenario = {
  name: 'publishing explains that the designer is not served by a Syncraft server',
  async run({ page, url }) {
    await startBlank(page, url);
    await openTemplate(page, 'field-service');
    await page.getByTestId('open-publish').click();
    const dialog = page.getByTestId('publish-dialog');
    await dialog.waitFor();
    assert.ok(await page.getByTestId('publish-validate').isDisabled(), 'a call without a token was possible');
    await page.getByTestId('publish-token').fill('some-token');
    await page.getByTestId('publish-validate').click();
    await page
      .getByTestId('publish-failure')
      .getByText('This designer is not served by a Syncraft server')
      .waitFor();
  },
};

/**
 * Validate, save, submit and review against the documented API: findings name their policy, a 401
 * and a 422 are explained, the review shows the semantic diff.
 */
export const publishSendsForReview: Scenario = {
  name: 'publishing validates, saves a draft and shows a policy refusal by policy name',
  async run({ page, url, screenshot }) {
    const calls: string[] = [];
    await fakeRegistry(page, calls);
    await startBlank(page, url);
    await openTemplate(page, 'field-service');
    await page.getByTestId('open-publish').click();
    await page.getByTestId('publish-token').fill('wrong');
    await page.getByTestId('publish-validate').click();
    await page.getByTestId('publish-failure').getByText('The server did not accept your token').waitFor();

    await page.getByTestId('publish-token').fill('builder-token');
    await page.getByTestId('publish-validate').click();
    await page.getByText('The server accepts this spec.').waitFor();
    await page.getByTestId('publish-findings').getByText('Policy “retention-90-days”').waitFor();

    await page.getByTestId('publish-save').click();
    await page
      .getByTestId('publish-version')
      .getByText('Draft — saved, not yet submitted for review')
      .waitFor();
    await page.getByTestId('publish-submit').click();
    const failure = page.getByTestId('publish-failure');
    await failure.getByText('The spec breaks the organisation’s policies: encrypt-personal-data').waitFor();
    await page.getByTestId('publish-findings').getByText('Add it to offline.encrypt.').waitFor();
    await screenshot('publish-policy-violation');

    // A reviewer's view: the semantic diff against the published version.
    await page.getByTestId('publish-review').click();
    const diff = page.getByTestId('publish-diff');
    await diff.getByText('Changes against published 0.9.0').waitFor();
    await diff.getByText('Job.status conflict rule: last-writer-wins → enum-precedence').waitFor();

    assert.deepEqual(calls, [
      // What the sign-in offers, asked without a token once the dialog opens.
      'GET /api/sign-in -',
      'POST /api/specs/validate Bearer wrong',
      'POST /api/specs/validate Bearer builder-token',
      'POST /api/apps/field-service/versions Bearer builder-token',
      `POST /api/apps/field-service/versions/${HASH}/submit Bearer builder-token`,
      `GET /api/apps/field-service/versions/${HASH}/review Bearer builder-token`,
      // The publications tell a rollback from a newer publication (this fake has none: 404).
      'GET /api/apps/field-service/publications Bearer builder-token',
    ]);
    // The token stays in this tab's session storage, never in the autosaved document.
    const stored = await page.evaluate(() => sessionStorage.getItem('syncraft.registry.token'));
    assert.equal(stored, 'builder-token');
  },
};
