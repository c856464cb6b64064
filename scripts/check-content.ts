import { formatGithubAnnotations, formatReport } from '../src/domain/problem.ts';
import { contentDir } from '../src/lib/content-layout.ts';
import { checkContent } from '../src/lib/read-content.ts';

/** Checks the content folder with the same schemas and rules as the build, without building. */
const dir = contentDir();
const { problems, files } = await checkContent(dir, undefined, { keepBodyChecks: true });
if (problems.length === 0) {
	console.log(`Content is valid: ${files.length} files in ${dir}`);
} else {
	console.error(formatReport(problems));
	if (process.env.GITHUB_ACTIONS) console.log(formatGithubAnnotations(problems));
	process.exitCode = 1;
}
