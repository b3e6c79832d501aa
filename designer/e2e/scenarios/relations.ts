import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncSpec } from '@syncraft/runtime/spec';
import type { Locator, Page } from 'playwright-core';
import { startBlank } from '../harness/designer';
import { artifactsDir, type Scenario } from '../harness/scenario';

const sharedListsPath = join(import.meta.dirname, '../../../templates/shared-lists.json');

/**
 * Shared lists with plain grants: members read every List and Todo and may create them. The
 * scenario draws what makes it a sharing app: List read granted by ListMember records, Todo read
 * only when its List is on the device.
 */
function ungrantedLists(): SyncSpec {
  const spec = JSON.parse(readFileSync(sharedListsPath, 'utf8')) as SyncSpec;
  const [member] = spec.roles;
  if (!member) throw new Error('shared-lists has no role');
  spec.roles = [
    {
      ...member,
      permissions: [
        { entity: 'List', actions: ['read'] },
        { entity: 'List', actions: ['create'] },
        { entity: 'ListMember', actions: ['read'], scope: { related: 'list', inScope: true } },
        { entity: 'Todo', actions: ['read'] },
        { entity: 'Todo', actions: ['create'] },
      ],
    },
  ];
  return spec;
}

async function fill(device: Locator, fields: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) {
    await device.getByRole('textbox', { name: new RegExp(`^${name}\\b`) }).fill(value);
  }
}

/** Caro writes a record on her device (she keeps what she wrote herself, so she is not Ana or Ben). */
async function createOnCaro(page: Page, entity: string, fields: Record<string, string>): Promise<void> {
  await page.getByTestId('simulate-entity').selectOption(entity);
  const caro = page.getByTestId('device-caro');
  if (!(await caro.getByTestId('record-form-caro').isVisible()))
    await caro.getByText(`Create or edit a ${entity}`).click();
  await fill(caro, fields);
  await page.getByTestId('record-save-caro').click();
  await page.getByTestId('timeline').getByText(`Caro created ${entity} ${fields.id}`).waitFor();
}

/**
 * Draw a membership grant and a relation scope on the shared-lists rules, then simulate: a
 * membership added on the server brings the list and its todos to Ana; moved to Ben, they leave
 * Ana's device and reach Ben's at the next sync.
 */
export const relationScopesMoveRecords: Scenario = {
  name: 'a drawn membership and relation scope move a list and its todos from one device to the other when the membership is reassigned',
  timeoutMs: 120_000,
  async run({ page, url, screenshot }) {
    await startBlank(page, url);
    const file = join(artifactsDir, 'ungranted-lists.sync.json');
    writeFileSync(file, JSON.stringify(ungrantedLists()));
    await page.getByTestId('import-input').setInputFiles(file);
    await page.getByTestId('app-name').filter({ hasText: 'Shared lists' }).waitFor();
    const inspector = page.getByTestId('inspector');

    // The membership: List read is granted by ListMember records holding the signed-in user.
    // Two grants on one entity draw their labels in one place: select this one by its own label.
    await page.getByTestId('edge-label-permission-0-0').dispatchEvent('click');
    await inspector.getByLabel('Granted by records').selectOption({ label: 'ListMember records (members)' });
    await inspector.getByLabel('Field holding the user').selectOption('userId');
    await page.getByTestId('edge-label-permission-0-0').filter({ hasText: 'read · via members' }).waitFor();

    // The relation scope: a Todo is read only when its List is on the device.
    await page.getByTestId('edge-label-permission-0-3').dispatchEvent('click');
    await inspector.getByLabel('Only some records').check();
    const test = inspector.getByLabel('Test', { exact: true }).first();
    const offered = await test.locator('option').allTextContents();
    assert.ok(offered.includes('a related record matches'), `relation tests offered: ${offered.join(', ')}`);
    await test.selectOption('in-scope');
    await inspector.getByLabel('Related record').selectOption({ label: 'List (list)' });
    // Fields of the related record are offered too ("List › ownerId"): try it, then keep "on this device".
    await test.selectOption('related');
    const nestedField = inspector
      .getByRole('group', { name: 'Condition on List' })
      .getByLabel('Field', { exact: true });
    assert.deepEqual(await nestedField.locator('option').allTextContents(), ['id', 'name', 'ownerId']);
    await test.selectOption('in-scope');
    await page.waitForFunction(() => document.querySelectorAll('[data-severity="error"]').length === 0);
    await screenshot('designer-relation-scope');

    await page.getByTestId('view-simulate').click();
    await page.locator('[data-testid="simulator"][data-state="running"]').waitFor({ timeout: 20_000 });
    // A third device, Caro's, writes a list and a todo; nothing grants them to Ana or Ben yet.
    await page.getByTestId('device-setup').locator('summary').click();
    await page.getByTestId('add-device').click();
    await page.getByTestId('apply-devices').click();
    await page.getByTestId('device-caro').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="simulator"][data-state="running"]').waitFor({ timeout: 20_000 });
    await createOnCaro(page, 'List', { id: 'list-1', name: 'Groceries', ownerId: 'carol' });
    await createOnCaro(page, 'Todo', { id: 'todo-1', listId: 'list-1', title: 'Milk' });
    await page.getByTestId('server-records').getByText('todo-1').waitFor();
    await page.getByTestId('records-ana').getByText('No Todo records here yet.').waitFor();

    const timeline = page.getByTestId('timeline');
    const holders = page.getByTestId('holders');
    await holders.getByTestId('membership-grants').selectOption('list-1');
    await holders.getByTestId('membership-device').selectOption('ana');
    await holders.getByTestId('membership-add').click();
    await timeline
      .getByText(/Ana received List list-1, ListMember \S+, Todo todo-1 at this sync\./)
      .waitFor();

    await page.getByTestId('simulate-entity').selectOption('ListMember');
    await holders.getByTestId('reassign-field').selectOption('userId');
    await holders.getByTestId('reassign-value').selectOption('ben');
    await holders.getByTestId('reassign-apply').click();
    await timeline
      .getByText(/Ana no longer holds List list-1, ListMember \S+, Todo todo-1 \(removed from the device\)/)
      .waitFor();
    await timeline
      .getByText(/Ben received List list-1, ListMember \S+, Todo todo-1 at this sync\./)
      .waitFor();
    await page.getByTestId('simulate-entity').selectOption('Todo');
    await page.getByTestId('records-ben').getByText('todo-1').waitFor();
    await page.getByTestId('records-ana').getByText('No Todo records here yet.').waitFor();
    await screenshot('designer-simulate-reassign');
  },
};
