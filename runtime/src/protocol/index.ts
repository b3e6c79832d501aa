/**
 * `@syncraft/runtime/protocol`: the wire format of every endpoint (sync, conflicts, registry, audit),
 * shared by runtime, CLI, designer and server (docs/protocol.md): JSON Schemas and the types
 * generated from them.
 *
 * @module @syncraft/runtime/protocol
 */

export { type Conformance, conforms } from './conforms';
export { type DeepSpot, tooDeep } from './depth';
export { PROTOCOL_LIMITS } from './limits';
export {
  type ApiFailure,
  apiFailure,
  type Parsed,
  parsePullRequest,
  parsePushRequest,
  parseReadRequest,
} from './parse';
export { type JsonSchema, openApiSchemas, WIRE_SCHEMAS } from './schema';
export * from './types';
