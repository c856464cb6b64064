// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { contentCacheDir, contentDir } from './src/lib/content-layout.ts';
import { readDecisionTargets } from './src/lib/decision-targets.ts';
import { trailmapDiagrams } from './src/lib/diagram-integration.ts';
import { trailmapContentCheck } from './src/lib/integration.ts';
import { readSiteSettings, siteBase } from './src/lib/site-settings.ts';
import { trailmapMarkdown } from './src/plugins/trailmap-markdown.ts';
import { dropLaunchVariables } from './src/lib/stable-env.ts';

// Each time the config loads (a module import runs once per process, and tests build many times in one):
// Astro reads process.env for its Vite plugins only after the config has loaded.
dropLaunchVariables(process.env);

const dir = contentDir();
const settings = readSiteSettings(dir);
const base = siteBase();

export default defineConfig({
	site: process.env.TRAILMAP_SITE_URL || 'https://trailmap.example',
	base,
	trailingSlash: 'always',
	cacheDir: contentCacheDir(dir),
	// Entry pages return a cacheKey (src/lib/site-model.ts), so an edit re-renders only the pages it changes.
	experimental: { incrementalBuild: true },
	vite: {
		build: {
			// mermaid's browser bundle has chunks up to about 700 kB; only pages whose diagrams no Chromium drew at build load it (src/components/MermaidLoader.astro).
			chunkSizeWarningLimit: 1000,
			rolldownOptions: {
				// Astro marks every MDX module with "use astro:head-inject"; Rolldown warns about each one. Known noise, not a problem.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
			},
		},
	},
	markdown: {
		// Sätteri (Astro's default) with Trailmap's sanitiser first; MDX inherits this pipeline.
		processor: satteri(trailmapMarkdown({ base, trustedMdx: settings.trustedMdx === true, decisions: readDecisionTargets(dir) })),
	},
	integrations: [
		trailmapContentCheck(dir),
		trailmapDiagrams(),
		starlight({
			title: settings.name,
			description: settings.tagline,
			editLink: { baseUrl: `${settings.repoUrl.replace(/\/$/, '')}/edit/${settings.editBranch}/` },
			social: [{ icon: 'github', label: 'Repository', href: settings.repoUrl }],
			customCss: [
				'./src/styles/theme.css',
				'./src/styles/tokens.css',
				'./src/styles/trailmap.css',
				'./src/styles/components.css',
				'./src/styles/print.css',
			],
			components: { Head: './src/components/Head.astro', ThemeProvider: './src/components/ThemeProvider.astro' },
			lastUpdated: false,
			// Starlight's Markdown features (asides, heading anchors) on Trailmap's content, wherever the folder is.
			markdown: { processedDirs: [dir] },
			// The 404 page is Trailmap's own (src/pages/404.astro): guides are the only docs entries.
			disable404Route: true,
			// Wrapped code never scrolls sideways, so code blocks need no focus stop to be read by keyboard, with or without JS.
			expressiveCode: {
				defaultProps: { wrap: true },
				// Code blocks follow the system scheme until the theme script runs, like the rest of the page (src/styles/theme.css).
				useDarkModeMediaQuery: true,
				themeCssSelector: (theme) => (theme.type === 'dark' ? "[data-theme='dark'][data-tm-js]" : "[data-theme='light']"),
			},
			sidebar: [
				{ label: 'Get started', link: '/start/' },
				{ label: 'Roadmap', link: '/roadmap/' },
				{ label: 'Shipped', link: '/roadmap/shipped/' },
				{ label: 'Decisions', link: '/decisions/' },
				{ label: 'Guides', link: '/guides/' },
				{ label: 'Personas', link: '/personas/' },
				{ label: 'Journeys', link: '/journeys/' },
				{ label: 'Pain map', link: '/pain-map/' },
				{ label: 'Metrics', link: '/metrics/' },
				{ label: 'Teams', link: '/teams/' },
				{ label: 'Areas', link: '/areas/' },
				{ label: 'Changelog', link: '/changelog/' },
				{ label: 'Search', link: '/search/' },
				{ label: 'JSON API', link: '/api/' },
			],
		}),
		mdx(),
	],
});
