import { API_ERROR_CODES, type ApiErrorCode, conforms, type RegistryDiagnostic } from '../protocol';
import type { RegistryFailure } from './client';

type Refused = Extract<RegistryFailure, { kind: 'refused' }>;

/**
 * A refusal from an error answer's body (`ApiErrorBody`), or undefined when the body is something
 * else (an HTML page, another API). Its diagnostics are kept when each has a diagnostic's shape.
 */
export function refusalOf(status: number, body: unknown): Refused | undefined {
  if (!conforms('ApiErrorBody', body).ok) return undefined;
  const error = (body as { error: Record<string, unknown> }).error;
  if (!(API_ERROR_CODES as readonly unknown[]).includes(error.code)) return undefined;
  const diagnostics = Array.isArray(error.diagnostics) ? error.diagnostics : [];
  const checked = diagnostics.every((d) => conforms('RegistryDiagnostic', d).ok);
  return {
    kind: 'refused',
    status,
    code: error.code as ApiErrorCode,
    message: String(error.message),
    pointer: typeof error.pointer === 'string' ? error.pointer : undefined,
    hint: typeof error.hint === 'string' ? error.hint : undefined,
    diagnostics: checked ? (diagnostics as RegistryDiagnostic[]) : [],
  };
}
