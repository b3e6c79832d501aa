import { asNumber, type FieldValue } from '../values';
import type { FieldRule } from './types';

/**
 * The counter formula `server + (client − base)`: the device's increment is added to whatever the
 * server holds, so increments made on several devices add up. Unset or non-numeric values count
 * as 0. Integer inputs give an integer result.
 */
export function addIncrement(base: FieldValue, server: FieldValue, client: FieldValue): number {
  return (asNumber(server) ?? 0) + ((asNumber(client) ?? 0) - (asNumber(base) ?? 0));
}

/**
 * counter: keeps the server's value plus the client's increment (`server + (client − base)`).
 * For counter, number and integer fields.
 *
 * @example
 * // base 10, the server got +3 elsewhere (13), this device added +5 (15) → 18
 * counter({ base: 10, server: 13, client: 15, ... }).value === 18
 */
export const counter: FieldRule = ({ base, server, client }) => {
  const value = addIncrement(base, server, client);
  const winner = value === client ? 'client' : value === server ? 'server' : 'merged';
  return { value, winner };
};
