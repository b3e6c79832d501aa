/** The flow canvas and its parts. */
export { addKind, Canvas, KIND_MIME } from './Canvas';
export { edgeLabel } from './edges/edge-label';
