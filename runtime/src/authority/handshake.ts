import { type ApiFailure, apiFailure } from '../protocol/parse';
import type { SyncSpec } from '../spec/types';

/**
 * Checks that the device runs the spec version the authority serves. A device on another version
 * gets 409 `spec-upgrade-required` with the `publishedVersion` it must load, before anything of
 * its request is applied.
 */
export function checkSpecVersion(spec: SyncSpec, specVersion: string): ApiFailure | undefined {
  if (specVersion === spec.app.version) return undefined;
  return apiFailure(
    409,
    'spec-upgrade-required',
    `The app runs spec version ${specVersion}, but ${spec.app.id} is published at ${spec.app.version}.`,
    {
      pointer: '/specVersion',
      publishedVersion: spec.app.version,
      hint: 'Load the published spec, then sync again: queued changes are kept.',
    },
  );
}
