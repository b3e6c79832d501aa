export { purgeExpired } from './purge';
