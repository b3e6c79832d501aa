/** The palette of node kinds. */
export { Palette } from './Palette';
