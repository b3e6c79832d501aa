import { createRegistryClient, type RegistryClient, type RegistryFailure } from '../../registry';
import type { RegistryLogin } from './registry-config';

/** The shared registry client (`@syncraft/runtime/registry`) for a stored or given login. */
export function clientFor(login: RegistryLogin): RegistryClient {
  return createRegistryClient({ baseUrl: `${login.server}/api`, token: () => login.token });
}

/** A failure as lines for stderr: status, code, message, pointer, hint and any diagnostics. */
export function formatFailure(failure: RegistryFailure): string {
  switch (failure.kind) {
    case 'no-token':
      return 'syncraft: no token: set SYNCRAFT_TOKEN or run "syncraft login"\n';
    case 'unreachable':
      return `syncraft: unavailable: cannot reach ${failure.url}: ${failure.message}\n  hint: Check the server URL (syncraft login --server) and that the server is running.\n`;
    case 'not-a-server':
      return `syncraft: ${failure.status}: ${failure.url} did not answer as a Syncraft server\n  hint: Check the server URL (syncraft login --server).\n`;
    case 'bad-answer':
      return `syncraft: ${failure.status}: the server's answer has an unexpected shape (${failure.message}); is it another Syncraft version?\n`;
    case 'refused': {
      const lines = [`syncraft: ${failure.status} ${failure.code}: ${failure.message}`];
      if (failure.pointer !== undefined && failure.pointer !== '') lines.push(`  at ${failure.pointer}`);
      if (failure.hint) lines.push(`  hint: ${failure.hint}`);
      lines.push(...diagnosticLines(failure.diagnostics));
      return `${lines.join('\n')}\n`;
    }
  }
}

/** Spec and policy diagnostics from the server, two indented lines each (finding, then hint). */
export function diagnosticLines(
  diagnostics: readonly { code: string; severity: string; pointer: string; message: string; hint: string }[],
): string[] {
  return diagnostics.flatMap((d) => {
    const line = `  ${d.pointer || '(spec)'}  ${d.code} ${d.severity}  ${d.message}`;
    return d.hint ? [line, `      ${d.hint}`] : [line];
  });
}
