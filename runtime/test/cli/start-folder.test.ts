import { describe, expect, it } from 'vitest';
import { startFolder } from '../../src/cli/files';

describe('startFolder', () => {
  it('is the working folder when no package manager recorded another', () => {
    expect(startFolder({}, '/home/ana/app')).toBe('/home/ana/app');
  });

  it('is where the user ran pnpm when a package script runs in the package folder', () => {
    const env = { INIT_CWD: '/repo/docs', PNPM_SCRIPT_SRC_DIR: '/repo/runtime' };
    expect(startFolder(env, '/repo/runtime')).toBe('/repo/docs');
  });

  it('is where the user ran pnpm exec, which sets no script folder', () => {
    expect(startFolder({ INIT_CWD: '/repo' }, '/repo/runtime')).toBe('/repo');
  });

  it('is the working folder when the script changed folder itself', () => {
    const env = { INIT_CWD: '/repo', npm_package_json: '/repo/package.json' };
    expect(startFolder(env, '/repo/specs')).toBe('/repo/specs');
  });
});
