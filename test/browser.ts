/**
 * Real browsers for the tests of pages: Debian's Chromium through playwright-core, with the flags
 * that keep it from calling hosts this closed network refuses. Without /usr/bin/chromium a suite
 * is skipped with a visible message, except under `CI=true`, where it fails.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe } from 'vitest';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
export const chromiumFound = existsSync(CHROMIUM);
const inCi = process.env['CI'] === 'true';

/** `describe` when Chromium is there (or under CI, where `launchChromium` then fails); skipped, and said, otherwise. */
export function describeWithChromium(title: string, body: () => void): void {
  if (!chromiumFound && !inCi)
    console.warn(`\n[integra] Chromium is not installed at ${CHROMIUM}: "${title}" is SKIPPED.\n`);
  (chromiumFound || inCi ? describe : describe.skip)(title, body);
}

/** Launches Chromium with the closed network's flags, and `extraArgs`. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!chromiumFound) throw new Error(`Chromium is not installed at ${CHROMIUM}, and CI=true requires it`);
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface OfflinePage {
  readonly page: Page;
  /** Requests the page tried to send elsewhere than `origins` (each aborted). */
  readonly offsite: string[];
  /** Console errors (a Content-Security-Policy violation among them) and uncaught exceptions. */
  readonly problems: string[];
}

/**
 * A page that may reach `origins` only. `ignoreConsole` names console errors a test expects and
 * checks otherwise.
 */
export async function offlinePage(
  browser: Browser,
  origins: readonly string[],
  options: { readonly ignoreConsole?: RegExp; readonly viewport?: { width: number; height: number } } = {},
): Promise<OfflinePage> {
  // A context of its own (axe asks for one), closed with the browser.
  const context = await browser.newContext(options.viewport ? { viewport: options.viewport } : {});
  const page = await context.newPage();
  const offsite: string[] = [];
  const problems: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || origins.includes(new URL(url).origin)) return route.continue();
    offsite.push(url);
    return route.abort('internetdisconnected');
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !options.ignoreConsole?.test(message.text()))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, offsite, problems };
}
