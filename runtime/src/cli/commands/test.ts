import { type FieldCheck, runConflictScenarios, type ScenarioReport } from '../../authority';
import { sandboxAuthority } from '../../registry';
import { type CliCommand, EXIT } from '../context';
import { loadSpec } from './load-spec';
import { clientFor } from './registry-client';
import { resolveLogin } from './registry-config';

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function fieldLine(check: FieldCheck): string {
  const expected = check.expected === undefined ? 'not predicted (whole-record rule)' : show(check.expected);
  return `      ${check.ok ? ' ' : '✗'} ${check.field} (${check.rule}): base ${show(check.base)}, ana ${show(check.first)}, ben ${show(check.second)} → ${show(check.result)}; the rule keeps ${expected}`;
}

/** The report of one scenario, as lines. */
export function reportLines(report: ScenarioReport): string[] {
  if (report.outcome === 'not-possible') return [`  - ${report.title}: not possible (${report.reason})`];
  const mark = report.outcome === 'passed' ? '✓' : '✗';
  const lines = [`  ${mark} ${report.title} — the server answered ${report.answer}`];
  for (const check of report.fields) lines.push(fieldLine(check));
  for (const problem of report.problems) lines.push(`      problem: ${problem}`);
  return lines;
}

/** `syncraft test <spec>`: runs the conflict scenarios the spec's rules imply (exit 1 on a failure). */
export const command: CliCommand = {
  register(program, context, done) {
    program
      .command('test')
      .description(
        "run the conflict scenarios each entity's rules imply against the in-memory server, or with --on-server in simulator sandboxes of the logged-in server (exit 1 on a failure)",
      )
      .argument('<spec>', 'spec file (JSON), or - for standard input')
      .option(
        '--on-server',
        'run them on the server of "syncraft login" (a builder’s token), each in a simulator sandbox deleted after',
      )
      .action(async (file: string, options: { onServer?: boolean }) => {
        const spec = await loadSpec(context, file);
        if (!spec) return done(EXIT.failed);
        let reports: ScenarioReport[];
        let where = 'the in-memory server';
        if (options.onServer) {
          const login = await resolveLogin(process.env);
          const sandboxes = sandboxAuthority({ registry: clientFor(login), origin: login.server });
          where = `simulator sandboxes on ${login.server}`;
          try {
            reports = await runConflictScenarios(spec, Date.now(), sandboxes.fresh);
          } catch (error) {
            context.err(`syncraft: ${error instanceof Error ? error.message : String(error)}\n`);
            return done(EXIT.failed);
          } finally {
            await sandboxes.dispose();
          }
        } else reports = await runConflictScenarios(spec);
        context.out(`${spec.app.name} ${spec.app.version}: conflict scenarios on ${where}\n`);
        for (const report of reports) context.out(`${reportLines(report).join('\n')}\n`);
        const count = (outcome: ScenarioReport['outcome']) =>
          reports.filter((r) => r.outcome === outcome).length;
        const failed = count('failed');
        context.out(
          `${reports.length} scenarios: ${count('passed')} passed, ${failed} failed, ${count('not-possible')} not possible\n`,
        );
        done(failed > 0 ? EXIT.failed : EXIT.ok);
      });
  },
};
