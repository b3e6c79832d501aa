import type { Publication, VersionSummary } from '@syncraft/runtime/protocol';

/**
 * Versions an app can roll back to: approved, published once before, and not the one published now
 * (the server refuses the others with 409; the console does not offer them).
 */
export function rollbackTargets(
  versions: readonly VersionSummary[],
  publications: readonly Publication[],
): Set<string> {
  const publishedOnce = new Set(publications.map((p) => p.hash));
  return new Set(
    versions
      .filter((v) => v.status === 'approved' && !v.published && publishedOnce.has(v.hash))
      .map((v) => v.hash),
  );
}
