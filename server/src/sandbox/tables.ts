/** The simulator sandboxes' table (see server/src/sandbox). Timestamps are ISO-8601 text (UTC). */
export interface SandboxTables {
  sandboxes: SandboxTable;
}

export interface SandboxTable {
  /** `sandbox-…`: also the app id its data is stored under in the sync tables. */
  id: string;
  created_by: string;
  created_at: string;
  /** After this instant the sandbox answers 404 and the next cleanup deletes it with its data. */
  expires_at: string;
  /** The draft spec as run, with `app.id` set to the sandbox id. */
  spec: string;
  app_version: string;
  /** A random key (base64url) signing this sandbox's device tokens, and nothing else. */
  token_key: string;
}
