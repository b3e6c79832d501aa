/** `@syncraft/runtime/protocol`: the sync wire format shared by runtime and server (docs/protocol.md). */
export { type DeepSpot, tooDeep } from './depth';
export { PROTOCOL_LIMITS } from './limits';
export { type ApiFailure, apiFailure, type Parsed, parsePullRequest, parsePushRequest } from './parse';
export * from './types';
