/** The app this client runs: its published spec is fetched from the registry under this id. */
export const APP_ID = 'field-service';

/**
 * Where the Syncraft server answers. The app is served from the same origin, with `/api`
 * forwarded to the server (Vite's proxy in development, your reverse proxy in production).
 */
export const apiOrigin = (): string => globalThis.location.origin;
