import { chromium } from 'playwright-core';
const [path, selector, ...rest] = process.argv.slice(2);
const widths = rest.length ? rest.map(Number) : [390, 1280];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const width of widths) {
	for (const scheme of ['light', 'dark']) {
		const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:4610${path}`);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		const el = page.locator(selector).first();
		const name = `/tmp/i9b/el${path.replace(/\W+/g, '_')}${selector.replace(/\W+/g, '_')}-${width}-${scheme}.png`;
		await el.screenshot({ path: name });
		console.log(name, 'overflow', overflow);
		await context.close();
	}
}
await browser.close();
