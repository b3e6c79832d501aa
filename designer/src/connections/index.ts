/** Which connections mean something on the canvas, and why the others are refused. */
export {
  type ConnectionAttempt,
  type ConnectionCheck,
  checkConnection,
  isFieldHandle,
  isValidConnection,
} from './rules';
