/** The designer's graph document model. */
export * from './guard';
export * from './ids';
export * from './names';
export * from './types';
