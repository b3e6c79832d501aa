import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * Kysely table types of the spec registry. The server's `Database` type includes these tables; the
 * registry's migrations (`migrations.ts`) create them. JSON is stored as text and timestamps as ISO
 * 8601 text (UTC, millisecond precision) in both SQLite and PostgreSQL, so rows read back the same.
 */
export interface RegistryTables {
  registry_apps: AppsTable;
  registry_spec_versions: SpecVersionsTable;
  registry_submissions: SubmissionsTable;
  registry_comments: CommentsTable;
  registry_publications: PublicationsTable;
  registry_audit_log: AuditLogTable;
  registry_audit_chain: AuditChainTable;
}

/** The review state of one spec version. Publication is tracked apart, in `registry_publications`. */
export type VersionStatus = 'draft' | 'pending' | 'approved' | 'rejected';

/** A submission's outcome; `rejected` also covers an approval that was revoked before publication. */
export type SubmissionStatus = 'pending' | 'approved' | 'rejected';

/** One app: a stream of spec versions under one `app.id`. */
export interface AppsTable {
  id: string;
  /** `app.name` of the latest saved version. */
  name: string;
  created_at: string;
  created_by: string;
  /** Bumped by every mutating registry action on the app; the update takes the row lock in PostgreSQL. */
  revision: number;
  /** Hash of the published version; null until the first publication. */
  published_hash: string | null;
  /** Id of the current publication row (changes on every publish and rollback). */
  publication_id: string | null;
  /** The approved version waiting to be published, if any: an app has at most one. */
  release_hash: string | null;
}

/** An immutable spec version, addressed by the sha-256 of its canonical JSON. */
export interface SpecVersionsTable {
  app_id: string;
  hash: string;
  /** `app.version` inside the spec (semantic version chosen by the author). */
  app_version: string;
  /** The spec as canonical JSON. */
  spec: string;
  size_bytes: number;
  created_at: string;
  created_by: string;
  status: VersionStatus;
  status_changed_at: string;
}

/** A request to review one version; a rejected version may be submitted again (a new row). */
export interface SubmissionsTable {
  id: string;
  app_id: string;
  hash: string;
  /** 1 for the first submission of the version, 2 after a rejection and resubmission, ... */
  round: number;
  status: SubmissionStatus;
  submitted_by: string;
  submitted_at: string;
  /** JSON array of the warnings (spec and policy) found at submission, kept for the reviewer. */
  warnings: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_comment: string | null;
}

/** A reviewer's or author's remark on a version. */
export interface CommentsTable {
  id: string;
  app_id: string;
  hash: string;
  submission_id: string | null;
  author: string;
  body: string;
  created_at: string;
}

/** Every publication of an app, newest with the highest `seq`; rollbacks are publications too. */
export interface PublicationsTable {
  id: string;
  app_id: string;
  /** 1, 2, 3, ... per app; unique with `app_id`, so two concurrent publications cannot share a slot. */
  seq: number;
  hash: string;
  kind: 'publish' | 'rollback';
  /** The hash published before this one, or null for the first publication. */
  previous_hash: string | null;
  published_by: string;
  published_at: string;
}

/** The append-only audit log: one row per mutating registry action. */
export interface AuditLogTable {
  /** Increasing number: the order actions happened in. */
  id: Generated<number>;
  at: string;
  user_id: string;
  /** JSON array of the caller's roles at the time. */
  roles: string;
  action: AuditAction;
  app_id: string | null;
  hash: string | null;
  /** JSON object: what changed (status moves, diff summary, publication). */
  details: string;
  comment: string | null;
  /** Position in the tamper-evident chain (1, 2, …; see audit-chain.ts). */
  chain_seq: number;
  /** The previous entry's `entry_hash` (the genesis value for the first). */
  prev_hash: string;
  /** SHA-256 over this entry's fields, position and `prev_hash`. */
  entry_hash: string;
}

/** The head of the audit chain: one row, locked while an entry is appended. */
export interface AuditChainTable {
  id: number;
  last_seq: number;
  last_hash: string;
}

export { AUDIT_ACTIONS } from '@syncraft/runtime/protocol';

import type { AuditAction } from '@syncraft/runtime/protocol';

/** An action the audit log records. */
export type { AuditAction };

/** Rows as read from the tables. */
export type AppRow = Selectable<AppsTable>;
export type SpecVersionRow = Selectable<SpecVersionsTable>;
export type SubmissionRow = Selectable<SubmissionsTable>;
export type CommentRow = Selectable<CommentsTable>;
export type PublicationRow = Selectable<PublicationsTable>;
export type AuditRow = Selectable<AuditLogTable>;
/** An audit row as inserted (the id is generated). */
export type NewAuditRow = Insertable<AuditLogTable>;
