/** Where the running build's lines go; a symbol on globalThis because Astro imports this file apart from the tests' own modules. */
const SINK = Symbol.for('trailmap.tests.buildLog');

/**
 * An Astro logger destination that keeps every line of the running build in the array at
 * globalThis[SINK], so a test can read what a build did (which pages it restored), and prints warnings
 * and errors. Its config stays empty: Astro bakes logger config into the build, and a changing value
 * would change every page's dependency hash. Astro loads logger entrypoints as plain JavaScript, hence .mjs.
 */
export default function logLines() {
	return {
		/** @param {{ level: string; message: string }} event */
		write(event) {
			/** @type {string[] | undefined} */
			const lines = Reflect.get(globalThis, SINK);
			lines?.push(event.message);
			if (event.level === 'warn' || event.level === 'error') process.stderr.write(`${event.message}\n`);
		},
	};
}
