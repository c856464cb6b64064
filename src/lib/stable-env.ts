/**
 * Variables that describe how a build was launched rather than what it builds. Astro 7 copies into a
 * module every variable whose name appears anywhere in that module's source (`source.includes(key)`
 * in astro/dist/env/vite-plugin-import-meta-env.js) when the module reads `import.meta.env` whole, and
 * the incremental build hashes that code: a value that changes with the launcher makes every page
 * look changed.
 */
export const LAUNCH_VARIABLES = [
	// Shells set `_` to the program they start (/usr/bin/npx, node_modules/.bin/astro); the name is in every source with an underscore.
	'_',
	// npm and npx set NODE to their own node binary, a shell launch leaves it unset; the name is in every source that mentions NODE_ENV.
	'NODE',
	// npm and npx set COLOR to 1 on a terminal and 0 when piped, a shell launch leaves it unset; the name is in FORCE_COLOR and NO_COLOR.
	'COLOR',
] as const;

/** Removes the launch variables from an environment, so every way of starting a build sees the same one. */
export function dropLaunchVariables(env: NodeJS.ProcessEnv): void {
	for (const name of LAUNCH_VARIABLES) delete env[name];
}
