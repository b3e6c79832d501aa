import type { RegistryFailure } from '@syncraft/runtime/registry';
import { describe, expect, it } from 'vitest';
import { explainStartFailure } from '../../src/simulator/server/explain';
import { SandboxRefused } from '../../src/simulator/server/on-syncraft-server';

const refused = (status: number, message: string, hint?: string): RegistryFailure => ({
  kind: 'refused',
  status,
  code: status === 403 ? 'forbidden' : 'conflict',
  message,
  pointer: undefined,
  hint,
  diagnostics: [],
});

describe('why the simulation could not start on the server', () => {
  it('an unreachable server is named, with the way to go on in this browser', () => {
    const said = explainStartFailure(
      new SandboxRefused({ kind: 'unreachable', url: '/api/sandboxes', message: 'ECONNREFUSED' }),
    );
    expect(said.title).toBe('The Syncraft server could not be reached');
    expect(said.detail).toBe('/api/sandboxes: ECONNREFUSED.');
    expect(said.hint).toMatch(/this browser/);
  });

  it('a role without sandboxes is told which roles have them', () => {
    const said = explainStartFailure(new SandboxRefused(refused(403, 'Your roles may not do this.')));
    expect(said.title).toBe('The server will not run a sandbox for you');
    expect(said.hint).toMatch(/builder or admin/);
  });

  it('the per-person limit keeps the server’s own advice', () => {
    const said = explainStartFailure(
      new SandboxRefused(refused(409, 'You have 3 sandboxes running.', 'Delete one or wait.')),
    );
    expect(said).toEqual({
      title: 'Too many sandboxes are running for you',
      detail: 'You have 3 sandboxes running.',
      hint: 'Delete one or wait.',
    });
  });

  it('any other error keeps its own words', () => {
    expect(explainStartFailure(new Error('No device token: refused'))).toEqual({
      title: 'The simulation could not start',
      detail: 'No device token: refused',
    });
  });
});
