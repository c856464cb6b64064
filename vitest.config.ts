import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// One worker for the build tests, one for the rest (vitest's default on 2 cores is one in all).
		maxWorkers: 2,
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					testTimeout: 20_000,
					// Unit tests draw no diagram (no Chromium): mermaid blocks stay source for the browser; the browser tests check the SVG.
					env: { CHROMIUM_PATH: '/nonexistent/chromium' },
				},
			},
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					// Builds run in this process with Astro's API and share the project's .astro/ folder: one test file at a time.
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});
