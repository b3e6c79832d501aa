#!/usr/bin/env node
// Runs the CLI from source through tsx, for work inside the repository (`pnpm syncraft`, the CLI's
// tests). The published package's `syncraft` bin is the built `dist/bin.js` (from bin.ts).
import { register } from 'tsx/esm/api';

register();
await import('./bin.ts');
