import type { Publication, VersionSummary } from '@syncraft/runtime/protocol';

/** Where a saved version stands, in the words the designer and the console use. */
export type VersionStanding =
  | 'draft'
  | 'submitted'
  | 'approved'
  | 'rejected'
  | 'published'
  | 'published-again'
  | 'rolled-back'
  | 'replaced';

/** What each standing means for the person who saved the version. */
export const STANDING_TEXT: Record<VersionStanding, string> = {
  draft: 'Draft — saved, not yet submitted for review',
  submitted: 'Submitted — waiting for a reviewer',
  approved: 'Approved — waiting for a reviewer to publish it',
  rejected: 'Rejected — change it and submit it again',
  published: 'Published — devices get this version now',
  'published-again': 'Published again by a rollback — devices get this version now',
  'rolled-back': 'Rolled back — devices went back to an earlier version',
  replaced: 'Replaced — a newer version was published; devices no longer get this one',
};

/**
 * Where `version` stands: its review status while it was never published; once published, whether
 * devices get it now (first published or published again by a rollback), or whether a rollback or a
 * newer publication replaced it. `publications` is the app's list, newest first (as the server
 * answers it); without it a version that was published and replaced reads as its review status.
 *
 * @example
 * STANDING_TEXT[versionStanding(version, publications)]; // 'Rolled back — devices went back to …'
 */
export function versionStanding(
  version: Pick<VersionSummary, 'hash' | 'status' | 'published'>,
  publications: readonly Pick<Publication, 'hash' | 'kind'>[] = [],
): VersionStanding {
  const own = publications.findIndex((p) => p.hash === version.hash);
  if (version.published) return publications[own]?.kind === 'rollback' ? 'published-again' : 'published';
  if (own >= 0) return own > 0 && publications[own - 1]?.kind === 'rollback' ? 'rolled-back' : 'replaced';
  switch (version.status) {
    case 'draft':
      return 'draft';
    case 'pending':
      return 'submitted';
    case 'approved':
      return 'approved';
    case 'rejected':
      return 'rejected';
  }
}
