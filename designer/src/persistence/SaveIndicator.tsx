import type { SaveStatus } from './autosave';
import './save-indicator.css';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * Tells the person whether their work is safe on this device. Test id: `save-status` (its
 * `data-state` is the status kind: idle, pending, saving, saved or failed).
 */
export function SaveIndicator(props: { status: SaveStatus }) {
  const { status } = props;
  let text: string;
  let title: string | undefined;
  switch (status.kind) {
    case 'idle':
      text = 'Not saved yet';
      break;
    case 'pending':
    case 'saving':
      text = 'Saving…';
      break;
    case 'saved':
      text = 'Saved on this device';
      title = `Last saved at ${timeFormat.format(status.at)}`;
      break;
    case 'failed':
      text = 'Not saved';
      title = `Saving on this device failed: ${status.message}`;
      break;
  }
  return (
    <p className="sc-save" role="status" data-testid="save-status" data-state={status.kind} title={title}>
      <span className={`sc-save__dot sc-save__dot--${status.kind}`} aria-hidden="true" />
      <span className="sc-save__text">{text}</span>
    </p>
  );
}
