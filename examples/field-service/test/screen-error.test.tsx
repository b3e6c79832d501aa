// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadFailed } from '../src/ui/ReadFailed';
import { ScreenError } from '../src/ui/ScreenError';

afterEach(cleanup);

/** A screen that fails to render while `broken` is set. */
function Screen(props: { readonly broken: { current: boolean } }) {
  if (props.broken.current) throw new Error('Cannot read properties of undefined (reading "siteId")');
  return <p>Job list</p>;
}

function Harness(props: { readonly broken: { current: boolean } }) {
  const [tab, setTab] = useState('jobs');
  return (
    <>
      <button type="button" onClick={() => setTab('device')}>
        Device tab
      </button>
      <p data-testid="tab">{tab}</p>
      <ScreenError what={tab} resetKey={tab} onLeave={() => setTab('jobs')}>
        <Screen broken={props.broken} />
      </ScreenError>
    </>
  );
}

describe('a screen that fails to render', () => {
  it('says which screen failed and that changes are safe, while the rest of the app stays usable', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Harness broken={{ current: true }} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'The jobs screen stopped working: Cannot read properties of undefined (reading "siteId"). ' +
        'Your changes are safe on this device and still sync.Try again Back to my jobs',
    );
    expect(screen.getByRole('button', { name: 'Device tab' })).toBeTruthy();
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });

  it('shows the screen again when trying again succeeds', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { current: true };
    render(<Harness broken={broken} />);
    broken.current = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Job list')).toBeTruthy();
    quiet.mockRestore();
  });

  it('clears the failure when the user moves to another screen', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { current: true };
    render(<Harness broken={broken} />);
    broken.current = false;
    fireEvent.click(screen.getByRole('button', { name: 'Device tab' }));
    expect(screen.getByTestId('tab').textContent).toBe('device');
    expect(screen.queryByRole('alert')).toBeNull();
    quiet.mockRestore();
  });

  it('still fails, and says so, when trying again fails again', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Harness broken={{ current: true }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^The jobs screen stopped working/);
    quiet.mockRestore();
  });
});

describe('a read of the device database that failed', () => {
  it('names what could not be read and retries on request', () => {
    const retry = vi.fn();
    render(<ReadFailed what="jobs" error={new Error('The database connection is closing.')} retry={retry} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'The jobs on this device could not be read: The database connection is closing.Try again',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
