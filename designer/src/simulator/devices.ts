import { defaultParamValue } from '@syncraft/runtime/authority';
import type { JsonValue } from '@syncraft/runtime/protocol';
import type { SyncSpec } from '@syncraft/runtime/spec';

/** One virtual device of a simulation: who is signed in on it. */
export interface DeviceConfig {
  /** Stable id within the simulation (letters and digits): names its database and its clock node. */
  readonly id: string;
  /** Shown in the timeline, e.g. "Ana". */
  readonly name: string;
  readonly userId: string;
  readonly roles: readonly string[];
  /** Values of the spec's declared parameters, by parameter name. */
  readonly params: ReadonlyMap<string, JsonValue>;
}

const PEOPLE = ['Ana', 'Ben', 'Caro', 'Dev', 'Eli', 'Fay'] as const;

/** The most devices a simulation runs. */
export const MAX_DEVICES = PEOPLE.length;

/**
 * `count` devices for a spec: Ana, Ben, … each signed in with the next role of the spec (Ana the
 * first role, Ben the second), with default parameter values.
 *
 * @example
 * defaultDevices(fieldService).map(deviceLabel); // ["Ana — technician", "Ben — dispatcher"]
 */
export function defaultDevices(spec: SyncSpec, count = 2): DeviceConfig[] {
  const params = new Map((spec.parameters ?? []).map((p) => [p.name, defaultParamValue(p)] as const));
  return Array.from({ length: Math.min(count, PEOPLE.length) }, (_, i) => {
    const name = PEOPLE[i] ?? `Device ${i + 1}`;
    const role = spec.roles[i % spec.roles.length];
    return {
      id: name.toLowerCase(),
      name,
      userId: name.toLowerCase(),
      roles: role ? [role.name] : [],
      params: new Map(params),
    };
  });
}

/** "Ana — technician". */
export function deviceLabel(device: DeviceConfig): string {
  return device.roles.length > 0 ? `${device.name} — ${device.roles.join(', ')}` : device.name;
}

/** The parameter values as the runtime's `user.params` (`fromEntries` defines own properties: no name reaches a prototype). */
export function paramsObject(device: DeviceConfig): Record<string, JsonValue> {
  return Object.fromEntries(device.params);
}
