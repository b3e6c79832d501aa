/** The node kinds: one declarative definition per kind, collected in a registry. */
export { icons } from './icons';
export { KindIcon } from './KindIcon';
export { kindOf, kindRegistry } from './registry';
export type { NodeKindDef } from './types';
