export { type MachineEvent, OfflineMachine, type TransitionResult } from './machine';
