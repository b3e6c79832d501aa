import {
  AUDIT_ACTIONS,
  type AuditChainCheck,
  type AuditEntry,
  type Session,
} from '@syncraft/runtime/protocol';
import type { RegistryClient, RegistryFailure } from '@syncraft/runtime/registry';
import { useCallback, useEffect, useId, useState } from 'react';
import { downloadText } from '../../files/export-spec';
import { Failure } from '../Failure';
import { shortHash, when } from '../format';
import { routeHref } from '../route';
import { auditCsv, auditNdjson, exportFileName } from './export';
import { ANY, type AuditFilter, auditQueryOf, describeFilter, PAGE_SIZE } from './query';

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ok'; readonly entries: readonly AuditEntry[] }
  | { readonly kind: 'failed'; readonly failure: RegistryFailure };

type Check =
  | { readonly kind: 'checking' }
  | { readonly kind: 'ok'; readonly check: AuditChainCheck }
  | { readonly kind: 'failed'; readonly failure: RegistryFailure };

/**
 * The audit log: filter by app, action and days; page through it (oldest first, as the server keeps
 * it); export what the filter selects as JSON lines or CSV; and the tamper-evidence check of the chain.
 */
export function AuditPage(props: { client: RegistryClient; session: Session }) {
  const { client } = props;
  const [draft, setDraft] = useState<AuditFilter>(ANY);
  const [filter, setFilter] = useState<AuditFilter>(ANY);
  // Ids to continue after, one per page shown before this one (`undefined`: the first page).
  const [cursors, setCursors] = useState<readonly (number | undefined)[]>([undefined]);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [check, setCheck] = useState<Check>({ kind: 'checking' });
  const [exporting, setExporting] = useState<string | undefined>(undefined);
  const [exportFailure, setExportFailure] = useState<RegistryFailure | undefined>(undefined);
  const ids = { app: useId(), action: useId(), from: useId(), to: useId() };
  const after = cursors.at(-1);

  useEffect(() => {
    let live = true;
    setPage({ kind: 'loading' });
    void client
      .audit({ ...auditQueryOf(filter), ...(after !== undefined && { after }), limit: PAGE_SIZE })
      .then((r) => {
        if (live)
          setPage(r.ok ? { kind: 'ok', entries: r.value.entries } : { kind: 'failed', failure: r.failure });
      });
    return () => {
      live = false;
    };
  }, [client, filter, after]);

  const verify = useCallback(async () => {
    setCheck({ kind: 'checking' });
    const r = await client.verifyAudit();
    setCheck(r.ok ? { kind: 'ok', check: r.value } : { kind: 'failed', failure: r.failure });
  }, [client]);
  useEffect(() => {
    void verify();
  }, [verify]);

  const exportAs = async (format: 'ndjson' | 'csv') => {
    setExporting(format);
    setExportFailure(undefined);
    const r = await client.exportAudit(auditQueryOf(filter));
    setExporting(undefined);
    if (!r.ok) {
      setExportFailure(r.failure);
      return;
    }
    const name = exportFileName(filter.appId.trim(), new Date(), format);
    if (format === 'csv') downloadText(name, auditCsv(r.value), 'text/csv');
    else downloadText(name, auditNdjson(r.value), 'application/x-ndjson');
  };

  const entries = page.kind === 'ok' ? page.entries : [];
  return (
    <main className="sc-console__page" aria-labelledby="audit-title" data-testid="audit-page">
      <h1 id="audit-title">Audit log</h1>
      <section aria-labelledby="audit-check-title" className="sc-console__card" data-testid="audit-integrity">
        <h2 id="audit-check-title">Integrity</h2>
        <div aria-live="polite">
          {check.kind === 'checking' ? <p>Checking the chain…</p> : null}
          {check.kind === 'failed' ? <Failure failure={check.failure} /> : null}
          {check.kind === 'ok' && check.check.ok ? (
            <p className="sc-console__done" data-testid="audit-intact">
              Intact: all {check.check.entries} entries re-hashed and linked. The chain ends in{' '}
              <code>{check.check.headHash}</code> — record it elsewhere to anchor the log.
            </p>
          ) : null}
          {check.kind === 'ok' && !check.check.ok ? (
            <p className="sc-console__error" role="alert" data-testid="audit-broken">
              Broken at entry {check.check.firstBroken?.position} ({check.check.firstBroken?.problem}):{' '}
              {check.check.firstBroken?.message} {check.check.entries} entries before it are intact.
            </p>
          ) : null}
        </div>
        <button type="button" className="sc-button" onClick={() => void verify()} data-testid="audit-verify">
          Check again
        </button>
      </section>

      <form
        className="sc-console__filters"
        aria-label="Filter the audit log"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(draft);
          setCursors([undefined]);
        }}
      >
        <label htmlFor={ids.app}>App</label>
        <input
          id={ids.app}
          value={draft.appId}
          data-testid="audit-filter-app"
          onChange={(e) => setDraft({ ...draft, appId: e.target.value })}
        />
        <label htmlFor={ids.action}>Action</label>
        <select
          id={ids.action}
          value={draft.action}
          data-testid="audit-filter-action"
          onChange={(e) => setDraft({ ...draft, action: e.target.value })}
        >
          <option value="">any</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
        <label htmlFor={ids.from}>From day</label>
        <input
          id={ids.from}
          type="date"
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
        <label htmlFor={ids.to}>To day</label>
        <input
          id={ids.to}
          type="date"
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
        <button type="submit" className="sc-button sc-button--primary" data-testid="audit-apply">
          Apply
        </button>
      </form>

      <div className="sc-review__buttons">
        <button
          type="button"
          className="sc-button"
          disabled={exporting !== undefined}
          data-testid="audit-export-ndjson"
          onClick={() => void exportAs('ndjson')}
        >
          {exporting === 'ndjson' ? 'Exporting…' : 'Export JSON lines'}
        </button>
        <button
          type="button"
          className="sc-button"
          disabled={exporting !== undefined}
          data-testid="audit-export-csv"
          onClick={() => void exportAs('csv')}
        >
          {exporting === 'csv' ? 'Exporting…' : 'Export CSV'}
        </button>
      </div>
      {exportFailure ? <Failure failure={exportFailure} /> : null}

      <p role="status" data-testid="audit-status">
        {page.kind === 'loading'
          ? 'Loading…'
          : `Page ${cursors.length}: ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} of ${describeFilter(filter)}, oldest first.`}
      </p>
      {page.kind === 'failed' ? <Failure failure={page.failure} /> : null}
      <table className="sc-console__table" data-testid="audit-table">
        <caption>Audit entries</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">App and version</th>
            <th scope="col">Comment</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-testid={`audit-row-${e.action}`}>
              <th scope="row">{e.id}</th>
              <td>
                <time dateTime={e.at}>{when(e.at)}</time>
              </td>
              <td>
                {e.userId} ({e.roles.join(', ')})
              </td>
              <td>{e.action}</td>
              <td>
                {e.appId ?? ''}{' '}
                {e.hash && e.appId ? (
                  <a
                    href={routeHref({ page: 'review', appId: e.appId, hash: e.hash })}
                    className="sc-console__hash"
                  >
                    {shortHash(e.hash)}
                  </a>
                ) : null}
              </td>
              <td>{e.comment ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="sc-review__buttons" aria-label="Audit pages">
        <button
          type="button"
          className="sc-button"
          disabled={cursors.length <= 1}
          data-testid="audit-previous"
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          Previous page
        </button>
        <button
          type="button"
          className="sc-button"
          disabled={entries.length < PAGE_SIZE}
          data-testid="audit-next"
          onClick={() => {
            const last = entries.at(-1)?.id;
            if (last !== undefined) setCursors((c) => [...c, last]);
          }}
        >
          Next page
        </button>
      </nav>
    </main>
  );
}
