import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBodyCheckCache } from '../../src/lib/body-check-cache.ts';
import { contentCacheDir } from '../../src/lib/content-layout.ts';

describe('the body check cache', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'trailmap-body-cache-'));
	const file = path.join(contentCacheDir(dir), 'trailmap-body-check.json');
	afterEach(() => rmSync(contentCacheDir(dir), { recursive: true, force: true }));

	it('gives the same findings from the cache as from the check, and keeps only this run’s bodies', async () => {
		const unsafe = '[x](javascript:alert(1))\n';
		const first = await openBodyCheckCache(dir);
		const found = first.check(unsafe, { format: 'md', trustedMdx: false });
		first.check('[ok](/roadmap/)\n', { format: 'md', trustedMdx: false });
		await first.save();
		expect(found.findings.map(({ line, value }) => [line, value])).toEqual([[1, 'javascript:alert(1)']]);

		const second = await openBodyCheckCache(dir);
		expect(second.check(unsafe, { format: 'md', trustedMdx: false })).toEqual(found);
		await second.save();
		expect(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { results: object }).results)).toHaveLength(1);
	});

	it('keys results by format, so the same text is judged again as MDX', async () => {
		const cache = await openBodyCheckCache(dir);
		expect(cache.check('{process.env.HOME}\n', { format: 'md', trustedMdx: false }).findings).toEqual([]);
		expect(cache.check('{process.env.HOME}\n', { format: 'mdx', trustedMdx: false }).findings).toHaveLength(1);
		await cache.save();
		expect(existsSync(file)).toBe(true);
	});
});
