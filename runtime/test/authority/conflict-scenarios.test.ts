import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runConflictScenarios } from '../../src/authority';
import type { SyncSpec } from '../../src/spec';
import { taskSpec } from '../engine/fixtures';

const bin = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));
const templates = fileURLToPath(new URL('../../../templates/', import.meta.url));

/** The engine tests' spec has one field per conflict rule; the encrypted field needs no key here. */
const spec = taskSpec();

describe('conflict scenarios generated from a spec', () => {
  it('checks every rule of an entity field by field against what the rule keeps', async () => {
    const reports = await runConflictScenarios(spec, Date.parse('2026-06-01T09:00:00Z'));
    const task = reports.find((r) => r.entity === 'Task' && r.kind === 'concurrent-edits');
    expect(task?.outcome).toBe('passed');
    if (task?.outcome !== 'passed') return;
    const byField = Object.fromEntries(task.fields.map((f) => [f.field, f]));
    expect(byField.hours).toMatchObject({ rule: 'counter', first: 15, second: 20, ok: true });
    expect(Number(byField.hours!.result)).toBe(Number(byField.hours!.base ?? 0) + 35);
    expect(byField.tags).toMatchObject({ rule: 'set-union', ok: true });
    expect(byField.tags!.result).toEqual(expect.arrayContaining(['added-by-ana', 'added-by-ben']));
    expect(byField.status).toMatchObject({ rule: 'enum-precedence', ok: true });
    expect(byField.peak).toMatchObject({ rule: 'max', ok: true });
    expect(byField.low).toMatchObject({ rule: 'min', ok: true });
    expect(byField.label).toMatchObject({ rule: 'server-wins', result: byField.label!.first });
    expect(byField.mine).toMatchObject({ rule: 'client-wins', result: byField.mine!.second });
    // The note is under a manual rule: the second edit opens a conflict, the server shows its interim.
    expect(task.answer).toBe('conflict');
    expect(byField.note).toMatchObject({ rule: 'manual', result: byField.note!.first });
    const deleted = reports.find((r) => r.entity === 'Task' && r.kind === 'delete-then-edit');
    expect(deleted).toMatchObject({ outcome: 'passed' });
    expect(deleted?.outcome === 'passed' && deleted.answer).toMatch(/^rejected \(not-found\)/);
    // Entities devices cannot edit are reported as not possible, with the reason.
    const ref = reports.filter((r) => r.entity === 'Ref');
    expect(ref).toEqual([]);
    for (const r of reports) if (r.outcome === 'not-possible') expect(r.reason.length).toBeGreaterThan(10);
    expect(reports.filter((r) => r.outcome === 'failed')).toEqual([]);
  });

  it('a record the office reassigns leaves the old device and reaches the new one', async () => {
    const fieldService = JSON.parse(readFileSync(`${templates}field-service.json`, 'utf8')) as SyncSpec;
    const reports = await runConflictScenarios(fieldService);
    const job = reports.find((r) => r.entity === 'Job' && r.kind === 'scope-change');
    expect(job).toMatchObject({ outcome: 'passed', problems: [] });
    // A technician's late edit of a job now someone else's is refused.
    expect(job?.outcome === 'passed' && job.answer).toMatch(/late edit: rejected \(out-of-scope\)/);
    // Visits follow their job (a relation): reported, left to the simulator.
    const visit = reports.find((r) => r.entity === 'Visit' && r.kind === 'scope-change');
    expect(visit).toMatchObject({ outcome: 'not-possible' });
    expect(reports.filter((r) => r.outcome === 'failed')).toEqual([]);
  });

  it('syncraft test prints a readable report and exits 0 when every scenario holds, 1 for a bad spec', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string }>((resolve) =>
        execFile(process.execPath, [bin, ...args], { encoding: 'utf8' }, (error, stdout) =>
          resolve({ code: error ? Number(error.code) : 0, stdout }),
        ),
      );
    const ok = await run(['test', `${templates}inventory-counts.json`]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ {2}✓ StockLevel: ana \(\w+\) and ben \(\w+\) edit the same record offline/m);
    expect(ok.stdout).toMatch(/counter\): base \d+, ana 15, ben 20 → \d+; the rule keeps \d+/);
    expect(ok.stdout).toMatch(/^\d+ scenarios: \d+ passed, 0 failed, \d+ not possible$/m);
    const bad = await run(['test', `${templates}no-such-spec.json`]);
    expect(bad.code).not.toBe(0);
  }, 60_000);
});
