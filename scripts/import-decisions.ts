import { parseArgs } from 'node:util';
import { IMPORT_FORMATS, type ImportFormat } from '../src/domain/adr-import/record-facts.ts';
import { formatImportReport } from '../src/domain/adr-import/report.ts';
import { contentDir } from '../src/lib/content-layout.ts';
import { ImportError, importDecisions } from '../src/lib/import-decisions.ts';

const USAGE = `Usage: npm run decisions:import -- DIR [--format ${IMPORT_FORMATS.join('|')}] [--dry-run] [--force]
Imports the decision records in DIR into the decisions of the content folder (TRAILMAP_CONTENT_DIR, or content/).`;

const isFormat = (value: string): value is ImportFormat => (IMPORT_FORMATS as readonly string[]).includes(value);

/** The parsed command line, or what is wrong with it. */
function readOptions(): { dir: string; format: ImportFormat; dryRun: boolean; force: boolean } | string {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				format: { type: 'string', default: 'auto' },
				'dry-run': { type: 'boolean', default: false },
				force: { type: 'boolean', default: false },
			},
		});
	} catch (error) {
		if (error instanceof TypeError) return error.message;
		throw error;
	}
	const { values, positionals } = parsed;
	if (positionals.length !== 1)
		return positionals.length === 0 ? 'name the folder of records to import' : `one folder at a time, got ${positionals.join(' ')}`;
	if (!isFormat(values.format)) return `--format must be one of ${IMPORT_FORMATS.join(', ')}, got ${values.format}`;
	return { dir: positionals[0], format: values.format, dryRun: values['dry-run'], force: values.force };
}

/** Imports a folder of ADRs (adr-tools, MADR, log4brains, Docusaurus, tables) and prints what it did; exits non-zero when a record could not be imported. */
async function main(): Promise<void> {
	const options = readOptions();
	if (typeof options === 'string') {
		console.error(`${options}\n${USAGE}`);
		process.exitCode = 2;
		return;
	}
	try {
		const result = await importDecisions({ source: options.dir, contentDir: contentDir(), ...options });
		console.log(formatImportReport(result));
		if (result.failed.length > 0) process.exitCode = 1;
	} catch (error) {
		if (!(error instanceof ImportError)) throw error;
		console.error(error.message);
		process.exitCode = 2;
	}
}

await main();
