import type { FieldRule } from './types';

/** server-wins: a concurrent edit never overwrites the server's value. */
export const serverWins: FieldRule = ({ server }) => ({ value: server, winner: 'server' });
