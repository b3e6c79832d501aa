/**
 * Every `syncraft` command. A command lives in its own module exporting `command: CliCommand`;
 * registering it takes one line here.
 */
export { command as diff } from './diff';
export { command as lint } from './lint';
export { command as registry } from './registry';
export { command as test } from './test';
export { command as types } from './types';
export { command as validate } from './validate';
