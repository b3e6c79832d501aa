#!/usr/bin/env node
// The `syncraft` bin: runs the TypeScript CLI through tsx, so the package needs no build step.
// Relative paths start from the folder the command was run in (see startFolder in files.ts).
import { register } from 'tsx/esm/api';

register();
const { main, nodeContext, startFolder } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), nodeContext(startFolder(process.env, process.cwd())));
