export { DevSignIn } from './DevSignIn';
export { TokenSource } from './TokenSource';
export { type SignInOptions, useSignInOptions } from './useSignInOptions';
