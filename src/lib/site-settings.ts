import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type Site, SiteSchema } from '../schemas/site.ts';
import { collectionFile } from '../domain/registry.ts';

const FALLBACK: Site = {
	name: 'Trailmap',
	organisation: 'Your organisation',
	tagline: 'The internal developer platform, run as a product',
	repoUrl: 'https://github.com/',
	editBranch: 'main',
	feedbackUrl: '/',
	reviewCadence: 'monthly',
	metricsCadence: 'monthly',
};

/**
 * Site settings for the Astro config, read before collections load. An unreadable or invalid file
 * yields neutral defaults here; the content check reports the file itself.
 */
export function readSiteSettings(dir: string): Site {
	try {
		const parsed = SiteSchema.safeParse(parse(readFileSync(path.join(dir, collectionFile('site')), 'utf8')));
		return parsed.success ? parsed.data : FALLBACK;
	} catch {
		return FALLBACK;
	}
}

/** The base path the site is built for: TRAILMAP_BASE, or "/". */
export const siteBase = (env: Record<string, string | undefined> = process.env): string => env.TRAILMAP_BASE || '/';
