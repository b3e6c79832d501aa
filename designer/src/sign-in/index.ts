export { peekClaims, type TokenClaims } from './claims';
export { DevSignIn } from './DevSignIn';
export { SignedIn } from './SignedIn';
export { SignInFields } from './SignInFields';
export { type SharedSession, sharedSession, usableToken } from './shared-session';
export { TokenSource } from './TokenSource';
export { type RegistrySignIn, useRegistrySignIn } from './useRegistrySignIn';
export { type SessionActions, useSharedSession } from './useSharedSession';
export { type SignInOptions, useSignInOptions } from './useSignInOptions';
