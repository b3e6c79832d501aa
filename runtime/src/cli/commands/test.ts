import { type FieldCheck, runConflictScenarios, type ScenarioReport } from '../../authority';
import { type CliCommand, EXIT } from '../context';
import { loadSpec } from './load-spec';

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
        "run the conflict scenarios each entity's rules imply against the in-memory server (exit 1 on a failure)",
      )
      .argument('<spec>', 'spec file (JSON), or - for standard input')
      .action(async (file: string) => {
        const spec = await loadSpec(context, file);
        if (!spec) return done(EXIT.failed);
        const reports = await runConflictScenarios(spec);
        context.out(`${spec.app.name} ${spec.app.version}: conflict scenarios\n`);
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
