export { type Backoff, backoffFromSpec, retryDelayMs } from './backoff';
