import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the screen shows, in the user's words ("jobs", "job job-3"). */
  readonly what: string;
  /** A new key (another tab, another job) clears the failure: that screen may well work. */
  readonly resetKey: string;
  /** Where the user can go instead (the job list). */
  readonly onLeave: () => void;
  readonly children: ReactNode;
}

interface State {
  readonly failed: Error | null;
}

/**
 * Catches a screen that fails to render, so one broken screen does not blank the whole app: the
 * status bar, the tabs and sign-out stay usable. Nothing the user saved is at stake: every edit is
 * in the device's database (and its outbox) before the screen shows it, so the message says so.
 * Reads that fail are not errors here: the screens show those themselves, with a retry (ReadFailed).
 */
export class ScreenError extends Component<Props, State> {
  override state: State = { failed: null };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed !== null && previous.resetKey !== this.props.resetKey)
      this.setState({ failed: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The console keeps the stack for whoever supports the app; the user sees plain words.
    console.error(`The ${this.props.what} screen failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { failed } = this.state;
    if (failed === null) return this.props.children;
    return (
      <div role="alert" className="error" data-testid="screen-failed">
        <p>
          The {this.props.what} screen stopped working: {failed.message}. Your changes are safe on this device
          and still sync.
        </p>
        <button type="button" onClick={() => this.setState({ failed: null })}>
          Try again
        </button>{' '}
        <button type="button" onClick={this.props.onLeave}>
          Back to my jobs
        </button>
      </div>
    );
  }
}
