import { formatGithubAnnotations, formatReport } from '../src/domain/problem.ts';
import { contentDir } from '../src/lib/content-layout.ts';
import { checkContent } from '../src/lib/read-content.ts';

/** Checks the content folder with the same schemas and rules as the build, without building; --strict fails on warnings too (for CI). */
const strict = process.argv.slice(2).includes('--strict');
const dir = contentDir();
const { problems, warnings, files } = await checkContent(dir, undefined, { keepBodyChecks: true });
if (warnings.length > 0) {
	console.warn(`${formatReport(warnings, 'warning')}${strict ? ' (--strict: they fail the check)' : ''}\n`);
	if (process.env.GITHUB_ACTIONS) console.log(formatGithubAnnotations(warnings));
}
if (problems.length === 0) {
	console.log(`Content is valid: ${files.length} files in ${dir}${warnings.length > 0 ? `, with ${warnings.length} warnings` : ''}`);
} else {
	console.error(formatReport(problems));
	if (process.env.GITHUB_ACTIONS) console.log(formatGithubAnnotations(problems));
}
if (problems.length > 0 || (strict && warnings.length > 0)) process.exitCode = 1;
