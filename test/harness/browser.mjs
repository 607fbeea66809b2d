// Debian's Chromium driven by playwright-core, and the workbench URLs that
// code-server understands. Shared by run-integration.mjs and ui.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

// `npx playwright install` cannot download browsers here: use Debian's.
export const CHROMIUM = process.env.STATLENS_CHROMIUM || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root in a container
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launch headless Chromium with a throwaway profile. Playwright refuses a
 * --user-data-dir in args, hence launchPersistentContext.
 * Returns { context, page, close() }; close() also deletes the profile.
 */
export async function launchChromium({ viewport = { width: 1400, height: 900 }, headless = true } = {}) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'statlens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless, args: CHROMIUM_ARGS, viewport,
    // Playwright's own Ctrl-C handler closes the browser and then calls
    // process.exit(130) before our cleanup could stop code-server. Its
    // process-exit hook still kills the browser.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  const removeProfile = () => fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  process.on('exit', removeProfile); // runs after Playwright's exit hook killed Chromium
  const page = context.pages()[0] ?? await context.newPage();
  let closed;
  const close = () => (closed ??= (async () => {
    await context.close().catch(() => {});
    process.off('exit', removeProfile);
    removeProfile();
  })());
  return { context, page, close };
}

/**
 * A vscode-remote URI for a path on the code-server machine. The authority
 * must be the host:port the page is loaded from (code-server's remote
 * authority is the page's host), so always load the page from 127.0.0.1:port.
 */
export function remoteUri(port, absPath) {
  const p = path.resolve(absPath).split(path.sep).map(encodeURIComponent).join('/');
  return `vscode-remote://127.0.0.1:${port}${p}`;
}

/**
 * Workbench URL opening a folder or a .code-workspace file. `payload` is a
 * list of [key, value] string pairs (e.g. extensionDevelopmentPath); the
 * workbench reads it from the `payload` query parameter as URL-encoded JSON.
 * A plain absolute path for folder/workspace is resolved against the remote.
 */
export function workbenchUrl(baseUrl, target, payload) {
  const abs = path.resolve(target);
  const key = abs.endsWith('.code-workspace') ? 'workspace' : 'folder';
  const q = new URLSearchParams({ [key]: abs });
  if (payload) q.set('payload', JSON.stringify(payload));
  return `${baseUrl}/?${q}`;
}
