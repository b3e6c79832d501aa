import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '@syncraft/runtime/spec';
import { openTemplate, startBlank } from '../harness/designer';
import { artifactsDir, type Scenario } from '../harness/scenario';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fieldServicePath = join(repoRoot, 'templates/field-service.json');

/** Runs the CLI's `validate` on a file when the CLI is present; undefined when it is not. */
function cliValidate(file: string): { status: number | null; output: string } | undefined {
  const bin = join(repoRoot, 'runtime/src/cli/bin.mjs');
  if (!existsSync(bin)) return undefined;
  const result = spawnSync(process.execPath, [bin, 'validate', file], {
    cwd: join(repoRoot, 'runtime'),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The exported spec is the template again, passes `check`, and passes `syncraft validate`. */
export const exportValidates: Scenario = {
  name: 'an exported spec passes check and syncraft validate, and types export too',
  async run({ page, url }) {
    await startBlank(page, url);
    await openTemplate(page, 'field-service');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-spec').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'field-service.sync.json');
    const file = join(artifactsDir, download.suggestedFilename());
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    const result = check(JSON.parse(text));
    assert.equal(result.valid, true, JSON.stringify(result.diagnostics.slice(0, 3)));
    assert.deepEqual(JSON.parse(text), JSON.parse(readFileSync(fieldServicePath, 'utf8')));
    const cli = cliValidate(file);
    if (cli) assert.equal(cli.status, 0, `syncraft validate refused the export:\n${cli.output}`);

    const [types] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-types').click(),
    ]);
    assert.equal(types.suggestedFilename(), 'field-service.types.ts');
    const typesFile = join(artifactsDir, types.suggestedFilename());
    await types.saveAs(typesFile);
    assert.match(readFileSync(typesFile, 'utf8'), /export interface Job \{/);
  },
};

/** A valid file replaces the work; a broken one is explained and the work is kept. */
export const importExplainsRefusals: Scenario = {
  name: 'importing a broken file explains why and keeps the current work',
  async run({ page, url, screenshot }) {
    await startBlank(page, url);
    await page.getByTestId('import-input').setInputFiles(fieldServicePath);
    const name = JSON.parse(readFileSync(fieldServicePath, 'utf8')).app.name as string;
    await page.getByTestId('app-name').filter({ hasText: name }).waitFor();

    const broken = JSON.parse(readFileSync(fieldServicePath, 'utf8'));
    broken.entities[0].sync.priority = 'urgent';
    const brokenPath = join(artifactsDir, 'broken.sync.json');
    writeFileSync(brokenPath, JSON.stringify(broken));
    await page.getByTestId('import-input').setInputFiles(brokenPath);
    const dialog = page.getByTestId('import-error-dialog');
    await dialog.getByText('/entities/0/sync/priority').waitFor();
    await screenshot('import-error');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.getByTestId('app-name').textContent(), name);

    // Valid JSON and schema, but two entities share a name: the drawing cannot hold it.
    const twins = JSON.parse(readFileSync(fieldServicePath, 'utf8'));
    twins.entities[1].name = twins.entities[0].name;
    writeFileSync(brokenPath, JSON.stringify(twins));
    await page.getByTestId('import-input').setInputFiles(brokenPath);
    await dialog.getByText('SPEC019').first().waitFor();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.getByTestId('app-name').textContent(), name);

    writeFileSync(brokenPath, '{ "specVersion": 1,');
    await page.getByTestId('import-input').setInputFiles(brokenPath);
    await dialog.getByText('SPEC001').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  },
};
