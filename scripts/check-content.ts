import { formatCount } from '../src/domain/format.ts';
import { formatGithubAnnotations, formatReport } from '../src/domain/problem.ts';
import { contentDir } from '../src/lib/content-layout.ts';
import { MetricsEndpointError, displayUrl, metricsEndpoint, remoteSnapshots } from '../src/lib/metrics-endpoint.ts';
import { checkContent } from '../src/lib/read-content.ts';

/**
 * Checks the content folder, and the snapshots of TRAILMAP_METRICS_URL when set, with the same
 * schemas and rules as the build, without building; --strict fails on warnings too (for CI).
 */
async function main(): Promise<void> {
	const strict = process.argv.slice(2).includes('--strict');
	const dir = contentDir();
	const endpoint = metricsEndpoint();
	const fetched = endpoint && (await remoteSnapshots(endpoint, (message) => console.warn(message)));
	const { problems, warnings, files } = await checkContent(dir, undefined, { keepBodyChecks: true, remoteSnapshots: fetched });
	if (warnings.length > 0) {
		console.warn(`${formatReport(warnings, 'warning')}${strict ? ' (--strict: they fail the check)' : ''}\n`);
		if (process.env.GITHUB_ACTIONS) console.log(formatGithubAnnotations(warnings));
	}
	if (problems.length === 0) {
		const from = endpoint && fetched ? ` and ${formatCount(fetched.entries.length, 'snapshot')} from ${displayUrl(endpoint.url)}` : '';
		const warned = warnings.length > 0 ? `, with ${formatCount(warnings.length, 'warning')}` : '';
		console.log(`Content is valid: ${files.length} files in ${dir}${from}${warned}`);
	} else {
		console.error(formatReport(problems));
		if (process.env.GITHUB_ACTIONS) console.log(formatGithubAnnotations(problems));
	}
	if (problems.length > 0 || (strict && warnings.length > 0)) process.exitCode = 1;
}

await main().catch((error: unknown) => {
	if (!(error instanceof MetricsEndpointError)) throw error;
	console.error(`${error.message}\n  Hint: check the endpoint, or set TRAILMAP_METRICS_OPTIONAL=1 to check the snapshot files alone.`);
	process.exitCode = 1;
});
