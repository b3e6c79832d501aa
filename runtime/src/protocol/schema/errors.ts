import { API_ERROR_CODES } from '../constants';
import { type JsonSchema, listOf, object, oneOfText, str } from './json';

/** The body of every 4xx/5xx answer of the HTTP API. */
export const errorSchemas: Readonly<Record<string, JsonSchema>> = {
  ApiErrorBody: object(
    {
      error: object(
        { code: oneOfText(API_ERROR_CODES), message: str() },
        {
          pointer: str('JSON Pointer into the request body, when the problem is in one place.'),
          hint: str('How to fix it.'),
          publishedVersion: str('For `spec-upgrade-required`: the version the device must load.'),
          diagnostics: listOf({}, 'For `invalid-spec` and `policy-violation`: the spec diagnostics.'),
        },
      ),
    },
    {},
    'The body of every 4xx/5xx answer of the HTTP API.',
  ),
};
