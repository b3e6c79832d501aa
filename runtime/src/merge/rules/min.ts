import { pickExtreme } from './max';
import type { FieldRule } from './types';

/** min: the smaller value wins (numbers; datetimes compared as instants). */
export const min: FieldRule = (input) => pickExtreme(input, -1);
