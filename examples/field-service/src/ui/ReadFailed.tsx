/** A read of the device's database that failed, said plainly, with a way to try again. */
export function ReadFailed(props: {
  readonly what: string;
  readonly error: unknown;
  readonly retry: () => void;
}) {
  const message = props.error instanceof Error ? props.error.message : String(props.error);
  return (
    <div role="alert" className="error" data-testid="read-failed">
      <p>
        The {props.what} on this device could not be read: {message}
      </p>
      <button type="button" onClick={props.retry}>
        Try again
      </button>
    </div>
  );
}
