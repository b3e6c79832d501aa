import { useDesigner } from '../../store/context';

/** Error and warning counts on a node, from the latest compile. */
export function IssueBadge(props: { id: string }) {
  const issues = useDesigner((s) => s.compiled.issues[props.id]);
  if (!issues || issues.errors + issues.warnings === 0) return null;
  return (
    <span className="sc-node__badges">
      {issues.errors > 0 ? (
        <span
          className="sc-badge sc-badge--error"
          title={`${issues.errors} error(s)`}
          data-testid="badge-error"
        >
          {issues.errors}
          <span className="sc-visually-hidden"> errors</span>
        </span>
      ) : null}
      {issues.warnings > 0 ? (
        <span
          className="sc-badge sc-badge--warning"
          title={`${issues.warnings} warning(s)`}
          data-testid="badge-warning"
        >
          {issues.warnings}
          <span className="sc-visually-hidden"> warnings</span>
        </span>
      ) : null}
    </span>
  );
}
