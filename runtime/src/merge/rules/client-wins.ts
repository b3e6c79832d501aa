import type { FieldRule } from './types';

/** client-wins: the value the device sent is kept, even over a newer server value. */
export const clientWins: FieldRule = ({ client }) => ({ value: client, winner: 'client' });
