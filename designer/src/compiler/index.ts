/**
 * The designer's compiler: graph document ⇄ sync spec. Pure (no DOM, no React), so it runs in tests,
 * in a worker, or on a server.
 */
export { type CompileResult, compile, compiledKinds, ownerOf } from './compile';
export type { DesignerDiagnostic, Owner } from './context';
export { decompile } from './decompile';
export { layout } from './layout';
export { representabilityProblems } from './representable';
export { ENTITY_WIDTH, estimateSize, FIELD_ROW_HEIGHT, NODE_WIDTH } from './size';
