/** `@syncraft/runtime/protocol`: the sync wire format shared by runtime and server (docs/protocol.md). */
export * from './types';
