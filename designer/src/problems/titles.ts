import { diagnosticCatalogue } from '@syncraft/runtime/spec';

/**
 * The catalogue's short title of a diagnostic code ("Missing property" for SPEC010), so a person
 * reads what kind of problem it is before its code; a code the catalogue does not know (the
 * designer's own, a newer server's) reads as "Problem".
 */
export function diagnosticTitle(code: string): string {
  return Object.hasOwn(diagnosticCatalogue, code)
    ? diagnosticCatalogue[code as keyof typeof diagnosticCatalogue].title
    : 'Problem';
}
