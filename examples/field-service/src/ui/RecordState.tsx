import type { UnsentState } from '@syncraft/runtime';

const LABELS: Record<UnsentState | 'confirmed', string> = {
  saved: 'Saved on this device',
  sending: 'Syncing',
  stuck: 'Not delivered',
  confirmed: 'Confirmed',
};

/** Whether a record's latest edit is only on this device, on its way, stuck, or confirmed by the server. */
export function RecordState(props: { readonly state: UnsentState | undefined; readonly label?: string }) {
  const state = props.state ?? 'confirmed';
  return (
    <span className={`record-state record-state--${state}`} data-testid="record-state" data-state={state}>
      {props.label ? <span className="visually-hidden">{props.label}: </span> : null}
      {LABELS[state]}
    </span>
  );
}
