import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from '@ocop/db';

/** Debian's Chromium (installed by .ci/run); Playwright never downloads a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots of every page, desktop and phone, for people to look at (git-ignored). */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test', 'screenshots');

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

export interface BrowserSession {
  browser: Browser;
  newPage(viewport?: keyof typeof VIEWPORTS, locale?: 'vi' | 'en'): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Headless Chromium with the flags that work on these machines (test/README.md, pitfall 2). Playwright
 * gives each launch a fresh temporary profile of its own.
 */
export async function launchBrowser(): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const contexts: BrowserContext[] = [];
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    browser,
    async newPage(viewport = 'desktop', locale = 'vi') {
      const context = await browser.newContext({
        viewport: VIEWPORTS[viewport],
        locale: locale === 'vi' ? 'vi-VN' : 'en-GB',
        deviceScaleFactor: 1,
        isMobile: viewport === 'phone',
        hasTouch: viewport === 'phone',
      });
      contexts.push(context);
      return context.newPage();
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close()));
      await browser.close();
    },
  };
}

/** Saves a full-page screenshot as test/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Whether the page is wider than its viewport (a horizontal scroll bar on a phone). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/**
 * Options of every browser suite. One retry: Chromium, the platform, PostgreSQL and the other
 * suites share two cores, and a page can miss a timing once under that load. A test that fails
 * twice fails the run; a retried pass is reported by vitest, so a growing flake stays visible.
 */
export const BROWSER_TEST_OPTIONS = { retry: 1 } as const;
