import { describe, expect, it } from 'vitest';
import { RUN_ON_KEY, sessionRunOnMemory } from '../../src/simulator/server/run-on-memory';

/** A tab's sessionStorage, as a Map. */
function session(entries: [string, string][] = []) {
  const map = new Map(entries);
  return {
    map,
    storage: {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    },
  };
}

describe('the simulator remembers where it runs for the session', () => {
  it('starts in this browser, and recalls the server once chosen, per app', () => {
    const tab = session();
    const memory = sessionRunOnMemory(tab.storage);
    expect(memory.recall('field-service')).toBe('browser');
    memory.remember('field-service', 'server');
    expect(memory.recall('field-service')).toBe('server');
    expect(memory.recall('shared-lists')).toBe('browser');
    expect(tab.map.get(`${RUN_ON_KEY}field-service`)).toBe('server');
  });

  it('is recalled by the next Simulate of the same tab (a new memory over the same storage)', () => {
    const tab = session();
    sessionRunOnMemory(tab.storage).remember('field-service', 'server');
    expect(sessionRunOnMemory(tab.storage).recall('field-service')).toBe('server');
    sessionRunOnMemory(tab.storage).remember('field-service', 'browser');
    expect(sessionRunOnMemory(tab.storage).recall('field-service')).toBe('browser');
  });

  it('reads anything else stored under its key as this browser', () => {
    const tab = session([[`${RUN_ON_KEY}field-service`, 'the moon']]);
    expect(sessionRunOnMemory(tab.storage).recall('field-service')).toBe('browser');
  });

  it('keeps the choice in memory where storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('storage disabled');
      },
      setItem: () => {
        throw new Error('storage disabled');
      },
      removeItem: () => {},
    };
    const memory = sessionRunOnMemory(refusing);
    memory.remember('field-service', 'server');
    expect(memory.recall('field-service')).toBe('server');
    expect(sessionRunOnMemory(undefined).recall('field-service')).toBe('browser');
  });
});
