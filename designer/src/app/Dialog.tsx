import { type ReactNode, useEffect, useId, useRef } from 'react';
import './dialog.css';

/**
 * A modal dialog on the native `<dialog>` element: the browser traps focus, Escape closes it and
 * the rest of the page is inert while it is open.
 */
export function Dialog(props: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons along the bottom. */
  footer?: ReactNode;
  testId?: string;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { open, onClose } = props;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Escape or a form with method="dialog" closes the element itself; tell the owner.
    const handle = () => onClose();
    dialog.addEventListener('close', handle);
    return () => dialog.removeEventListener('close', handle);
  }, [onClose]);

  return (
    <dialog
      ref={ref}
      className={props.wide ? 'sc-dialog sc-dialog--wide' : 'sc-dialog'}
      aria-labelledby={titleId}
      data-testid={props.testId}
      // Chrome may withhold the native Escape-to-close when the page has no recent user activation
      // (e.g. right after a file picker); handle Escape here so it always closes.
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <header className="sc-dialog__header">
        <h2 id={titleId} className="sc-dialog__title">
          {props.title}
        </h2>
        <button type="button" className="sc-button sc-button--ghost" aria-label="Close" onClick={onClose}>
          ✕
        </button>
      </header>
      <div className="sc-dialog__body">{open ? props.children : null}</div>
      {props.footer ? <footer className="sc-dialog__footer">{props.footer}</footer> : null}
    </dialog>
  );
}
