import { ApiError } from '../http/api-error';

/**
 * Registry refusals are the server's {@link ApiError}: the error middleware answers them with their
 * status and an `ApiErrorBody`. Thrown inside a transaction they also roll it back, so a refused
 * call leaves no trace (and no audit record).
 */
export { ApiError };

/** 404 for an app id that has no saved version. */
export function unknownApp(appId: string): ApiError {
  return new ApiError(404, 'not-found', `No app "${appId}" in the registry.`, {
    hint: 'Save a first version with POST /api/apps/{appId}/versions (syncraft push).',
  });
}

/** 404 for a hash that is not a version of the app. */
export function unknownVersion(appId: string, hash: string): ApiError {
  return new ApiError(404, 'not-found', `App "${appId}" has no version ${hash}.`, {
    hint: 'List the versions with GET /api/apps/{appId}/versions.',
  });
}
