#!/usr/bin/env node
/**
 * The `syncraft` bin of the published package (built to `dist/bin.mjs`). Relative paths start from
 * the folder the command was run in (see {@link startFolder}).
 */
import { main, nodeContext, startFolder } from './main';

process.exitCode = await main(process.argv.slice(2), nodeContext(startFolder(process.env, process.cwd())));
