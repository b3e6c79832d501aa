import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (CI installs the same package); a browser is never downloaded. */
const CHROMIUM_PATH = process.env.SYNCRAFT_CHROMIUM ?? '/usr/bin/chromium';

/** Launches Debian's Chromium headless, with nothing that reaches the network on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
}

/** Bundles a test page's entry (a file URL) into one ES module for the browser, in memory. */
export async function bundlePage(entry: URL, options: { jsx?: boolean } = {}): Promise<string> {
  const bundle = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    ...(options.jsx && { jsx: 'automatic', define: { 'process.env.NODE_ENV': '"development"' } }),
    write: false,
    logLevel: 'silent',
  });
  return bundle.outputFiles[0]!.text;
}
