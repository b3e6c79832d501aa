import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize, initialScripts, percentile } from './measure';

describe('benchmark figures', () => {
  it('percentile takes the nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 95)).toBe(0);
  });

  it('initial scripts follow static imports but not dynamic ones', () => {
    const dist = mkdtempSync(join(tmpdir(), 'sc-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<script type="module" crossorigin src="/assets/index-a.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/react-b.js">',
    );
    writeFileSync(
      join(dist, 'assets', 'index-a.js'),
      'import{a as e}from"./shared-c.js";import"./side-d.js";const m=()=>import("./monaco-e.js");',
    );
    writeFileSync(join(dist, 'assets', 'react-b.js'), 'export const r=1;');
    writeFileSync(join(dist, 'assets', 'shared-c.js'), 'export const a=1;');
    writeFileSync(join(dist, 'assets', 'side-d.js'), 'console.log(1);');
    writeFileSync(join(dist, 'assets', 'monaco-e.js'), 'export const big=1;');
    expect(initialScripts(dist)).toEqual([
      'assets/index-a.js',
      'assets/react-b.js',
      'assets/shared-c.js',
      'assets/side-d.js',
    ]);
    expect(gzipSize(dist, 'assets/react-b.js')).toBeGreaterThan(0);
  });
});
