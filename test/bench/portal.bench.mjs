// Portal figures, measured in headless Chromium on this machine: time to the first render of
// the catalogue (navigation start → first product card painted), median of several cold loads
// (a new browser context each time: empty cache), and the JavaScript the home page downloads
// before it is interactive (gzip bytes as sent, from the browser's own resource timing).
//
//   pnpm bench:portal            (after `pnpm build`; starts its own PostgreSQL and platform)
import { chromium } from 'playwright-core';
import { startBenchPlatform } from './bench-platform.mjs';

const RUNS = 7;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const platform = await startBenchPlatform('portal-bench');
  let browser;
  try {
    const base = platform.baseUrl;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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

    // JavaScript of the home page: every script resource loaded until the network is idle.
    const homeContext = await browser.newContext();
    const home = await homeContext.newPage();
    await home.goto(`${base}/`, { waitUntil: 'networkidle' });
    const scripts = await home.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
        .map((r) => ({
          name: r.name.split('/').pop(),
          transfer: r.transferSize,
          decoded: r.decodedBodySize,
        })),
    );
    await homeContext.close();

    // Catalogue: first product card painted, from navigation start.
    const firstRender = [];
    for (let i = 0; i < RUNS; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${base}/products`, { waitUntil: 'commit' });
      await page.locator('.product-card').first().waitFor();
      firstRender.push(Date.now() - started);
      await context.close();
    }

    const kb = (bytes) => (bytes / 1024).toFixed(1);
    const transferred = scripts.reduce((sum, s) => sum + s.transfer, 0);
    const decoded = scripts.reduce((sum, s) => sum + s.decoded, 0);
    console.log(
      `Portal figures — ${new Date().toISOString()} — headless Chromium, demo data, same machine as the server`,
    );
    console.log('');
    console.log(`| figure | value |`);
    console.log(`| --- | ---: |`);
    console.log(`| home page JavaScript, as transferred (${scripts.length} files) | ${kb(transferred)} kB |`);
    console.log(`| home page JavaScript, uncompressed | ${kb(decoded)} kB |`);
    console.log(`| catalogue first product card, median of ${RUNS} cold loads | ${median(firstRender)} ms |`);
    console.log(
      `| catalogue first product card, min / max | ${Math.min(...firstRender)} / ${Math.max(...firstRender)} ms |`,
    );
    console.log('');
    console.log(scripts.map((s) => `${s.name}: ${kb(s.transfer)} kB transferred`).join('\n'));
  } finally {
    await browser?.close();
    await platform.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
