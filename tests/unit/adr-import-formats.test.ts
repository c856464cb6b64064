import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type ImportPlan, type PlanInput, type SourceRecord, planImport } from '../../src/domain/adr-import/plan.ts';
import type { ImportFormat } from '../../src/domain/adr-import/record-facts.ts';
import { classifySourceFile } from '../../src/domain/adr-import/source-files.ts';
import { filesUnder } from '../../src/lib/files.ts';

const FIXTURES = path.resolve('tests/fixtures/adr-import');

/** Plans the import of a fixture folder as the CLI would, without the file system on the other side. */
function planFolder(folder: string, options: Partial<PlanInput> = {}): ImportPlan {
	const dir = path.join(FIXTURES, folder);
	const records: SourceRecord[] = readdirSync(dir)
		.sort()
		.filter((file) => classifySourceFile(file).kind === 'record')
		.map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
	return planImport({
		records,
		files: new Set(filesUnder(dir)),
		taken: new Set(),
		format: 'auto',
		origin: (file) => `${folder}/${file}`,
		firstCommitDate: () => undefined,
		...options,
	});
}

/** What a reviewer compares for each record: source, new id, status, date and supersession. */
const summary = (plan: ImportPlan) =>
	plan.records.map(({ source, id, data }) => ({ source, id, status: data.status, date: data.date, supersedes: data.supersedes ?? [] }));

const recordText = (plan: ImportPlan, source: string) => plan.records.find((record) => record.source === source)!.text;

describe('adr-tools', () => {
	const plan = planFolder('adr-tools');

	it('keeps numbers, reads "Date:" lines in any form and the Status section, and merges both sides of a supersession', () => {
		expect(summary(plan)).toEqual([
			{
				source: '0001-record-architecture-decisions.md',
				id: '0001-record-architecture-decisions',
				status: 'accepted',
				date: '2019-03-04',
				supersedes: [],
			},
			{
				source: '0002-use-postgresql-for-orders.md',
				id: '0002-use-postgresql-for-orders',
				status: 'superseded',
				date: '2019-05-13',
				supersedes: [],
			},
			{ source: '0003-deploy-with-ansible.md', id: '0003-deploy-with-ansible', status: 'deprecated', date: '2019-06-21', supersedes: [] },
			{
				source: '0004-move-orders-to-aurora-postgresql.md',
				id: '0004-move-orders-to-aurora-postgresql',
				status: 'accepted',
				date: '2023-02-05',
				supersedes: ['ADR-0002'],
			},
			{ source: '0005-log-in-json.md', id: '0005-log-in-json', status: 'proposed', date: '2024-11-19', supersedes: [] },
		]);
		expect(plan.failed).toEqual([]);
		expect(plan.defaulted).toEqual([]);
	});

	it('takes the title from the heading without its number, and moves the header into front matter', () => {
		expect(recordText(plan, '0001-record-architecture-decisions.md')).toBe(
			[
				'---',
				'title: Record architecture decisions',
				'status: accepted',
				'date: 2019-03-04',
				'---',
				'',
				'<!-- Imported from adr-tools/0001-record-architecture-decisions.md by npm run decisions:import -->',
				'',
				'## Context',
				'',
				'We need to record the architectural decisions made on this project.',
				'',
				'## Decision',
				'',
				'We will use Architecture Decision Records, as [described by Michael Nygard](http://thinkrelevance.com/blog/2011/11/15/documenting-architecture-decisions).',
				'',
				'## Consequences',
				'',
				"See Michael Nygard's article, linked above. For a lightweight ADR toolset, see Nat Pryce's [adr-tools](https://github.com/npryce/adr-tools).",
				'',
			].join('\n'),
		);
	});

	it('keeps "Amends" and "Amended by" as links in the body, pointed at the new pages', () => {
		const newer = recordText(plan, '0004-move-orders-to-aurora-postgresql.md');
		expect(newer).toContain('## Links\n\nAmends [3. Deploy database hosts with Ansible](/decisions/0003-deploy-with-ansible/)\n');
		expect(newer).not.toContain('Supercedes');
		expect(newer).toContain('[the old decision](/decisions/0002-use-postgresql-for-orders/#consequences)');
		const amended = recordText(plan, '0003-deploy-with-ansible.md');
		expect(amended).toContain('Amended by [4. Move orders to Aurora PostgreSQL](/decisions/0004-move-orders-to-aurora-postgresql/)');
		expect(recordText(plan, '0002-use-postgresql-for-orders.md')).not.toContain('Superceded');
	});

	it('copies the images a record shows, beside it, keeping the link', () => {
		const record = plan.records.find((entry) => entry.source === '0005-log-in-json.md')!;
		expect(record.images).toEqual(['images/log-flow.svg']);
		expect(record.text).toContain('![Where a log line goes](images/log-flow.svg)');
	});
});

describe('MADR 2', () => {
	const plan = planFolder('madr2');

	it('reads "* Status:" bullet headers, keeps 0000, and merges "superseded by" with "Supersedes" under Links', () => {
		expect(summary(plan)).toEqual([
			{
				source: '0000-use-markdown-architectural-decision-records.md',
				id: '0000-use-markdown-architectural-decision-records',
				status: 'accepted',
				date: '2018-02-20',
				supersedes: [],
			},
			{
				source: '0001-use-react-for-the-storefront.md',
				id: '0001-use-react-for-the-storefront',
				status: 'superseded',
				date: '2018-03-02',
				supersedes: [],
			},
			{
				source: '0002-use-vue-for-the-storefront.md',
				id: '0002-use-vue-for-the-storefront',
				status: 'accepted',
				date: '2019-07-15',
				supersedes: ['ADR-0001'],
			},
			{ source: '0003-use-pinia-for-state.md', id: '0003-use-pinia-for-state', status: 'proposed', date: '2021-10-01', supersedes: [] },
		]);
		expect(plan.records[2].data['decision-makers']).toEqual(['Anna Schmidt', 'Ben Okafor', 'Chidi Eze']);
	});

	it('keeps the rest of the header and the other links', () => {
		const vue = recordText(plan, '0002-use-vue-for-the-storefront.md');
		expect(vue).toContain('## Links\n\n* Refined by [ADR-0003](/decisions/0003-use-pinia-for-state/)');
		expect(vue).not.toContain('Supersedes');
		expect(vue).not.toContain('* Status');
		expect(recordText(plan, '0001-use-react-for-the-storefront.md')).toContain('Technical Story: [SHOP-112]');
	});

	it('skips the template by its placeholder title even under another name', () => {
		const renamed = planImport({
			records: [{ file: '0099-new.md', text: readFileSync(path.join(FIXTURES, 'madr2/template.md'), 'utf8') }],
			files: new Set(),
			taken: new Set(),
			format: 'auto',
			origin: (file) => file,
			firstCommitDate: () => undefined,
		});
		expect(renamed.records).toEqual([]);
		expect(renamed.skipped).toEqual([
			{ source: '0099-new.md', reason: 'a template (its title is "[short title of solved problem and solution]")' },
		]);
	});
});

describe('MADR 3', () => {
	const plan = planFolder('madr3');

	it('reads YAML front matter, and "superseded by ADR-0003" by number', () => {
		expect(summary(plan)).toEqual([
			{ source: '0001-use-github-actions.md', id: '0001-use-github-actions', status: 'accepted', date: '2022-01-10', supersedes: [] },
			{
				source: '0002-cache-dependencies-in-s3.md',
				id: '0002-cache-dependencies-in-s3',
				status: 'superseded',
				date: '2022-03-14',
				supersedes: [],
			},
			{
				source: '0003-use-the-actions-cache.md',
				id: '0003-use-the-actions-cache',
				status: 'accepted',
				date: '2023-06-01',
				supersedes: ['ADR-0002'],
			},
			{ source: '0004-run-arm-runners.md', id: '0004-run-arm-runners', status: 'proposed', date: '2024-02-29', supersedes: [] },
			{ source: '0005-sign-build-artefacts.md', id: '0005-sign-build-artefacts', status: 'accepted', date: '2024-09-03', supersedes: [] },
		]);
		expect(plan.records[0].data).toMatchObject({
			'decision-makers': ['Dana Wu', 'Eli Novak'],
			consulted: ['Security team'],
			informed: ['All engineers'],
		});
		expect(plan.records[2].data).toMatchObject({ 'decision-makers': ['Dana Wu'], consulted: ['Platform team', 'Security team'] });
	});

	it('reports a placeholder status as defaulted to accepted', () => {
		expect(plan.defaulted).toEqual([
			{
				source: '0005-sign-build-artefacts.md',
				field: 'status',
				value: 'accepted',
				reason:
					'the status "{proposed | rejected | accepted | deprecated | … | superseded by [ADR-0005](0005-example.md)}" (front matter) is a template placeholder',
			},
		]);
	});
});

describe('MADR 4', () => {
	const plan = planFolder('madr4');

	it('reads decision-makers, consulted and informed, and keeps 0000', () => {
		expect(summary(plan)).toEqual([
			{
				source: '0000-use-markdown-architectural-decision-records.md',
				id: '0000-use-markdown-architectural-decision-records',
				status: 'accepted',
				date: '2024-09-11',
				supersedes: [],
			},
			{
				source: '0001-host-the-portal-on-cloudflare-pages.md',
				id: '0001-host-the-portal-on-cloudflare-pages',
				status: 'rejected',
				date: '2024-10-02',
				supersedes: [],
			},
			{
				source: '0002-serve-the-portal-from-s3-and-cloudfront.md',
				id: '0002-serve-the-portal-from-s3-and-cloudfront',
				status: 'accepted',
				date: '2024-10-16',
				supersedes: [],
			},
			{
				source: '0003-keep-portal-search-client-side.md',
				id: '0003-keep-portal-search-client-side',
				status: 'rejected',
				date: '2025-01-20',
				supersedes: [],
			},
		]);
		expect(plan.records[0].data['decision-makers']).toEqual(['Oliver Kopp', 'Olaf Zimmermann']);
		expect(plan.records[1].data).toMatchObject({ consulted: ['Security Enablement'], informed: ['Engineering managers'] });
		expect(plan.records[2].data.tags).toEqual(['portal', 'hosting']);
	});

	it('copies an image beside the record and reports the front matter it drops', () => {
		expect(plan.records[2].images).toEqual(['0002-options.png']);
		expect(plan.notes).toContainEqual({
			source: '0000-use-markdown-architectural-decision-records.md',
			message: `front matter "parent", "nav_order" dropped: Trailmap's decisions have no such field`,
		});
	});
});

describe('log4brains', () => {
	const plan = planFolder('log4brains');

	it('numbers records without numbers 1..N by file name, and reads "- Status:" bullets, dates and tags', () => {
		expect(summary(plan)).toEqual([
			{
				source: '20200924-use-log4brains-to-manage-the-adrs.md',
				id: '0001-use-log4brains-to-manage-the-adrs',
				status: 'accepted',
				date: '2020-09-24',
				supersedes: [],
			},
			{
				source: '20200926-use-the-adr-number-as-its-unique-id.md',
				id: '0002-use-the-adr-number-as-its-unique-id',
				status: 'superseded',
				date: '2020-09-26',
				supersedes: [],
			},
			{
				source: '20201016-use-the-adr-slug-as-its-unique-id.md',
				id: '0003-use-the-adr-slug-as-its-unique-id',
				status: 'accepted',
				date: '2020-10-16',
				supersedes: ['ADR-0002'],
			},
			{
				source: '20210113-distribute-as-a-global-npm-package.md',
				id: '0004-distribute-as-a-global-npm-package',
				status: 'proposed',
				date: '2021-01-13',
				supersedes: [],
			},
		]);
		expect(plan.records[0].data.tags).toEqual(['dev-tools', 'doc']);
		expect(plan.records[2].data['decision-makers']).toEqual(['Thomas Vaillant']);
		expect(plan.records[3].data).toMatchObject({ 'decision-makers': ['Thomas Vaillant', 'Jane Doe'], tags: ['distribution', 'npm'] });
	});

	it('dates a record without a Date line by its file name, and says so', () => {
		expect(plan.defaulted).toEqual([
			{
				source: '20201016-use-the-adr-slug-as-its-unique-id.md',
				field: 'date',
				value: '2020-10-16',
				reason: 'no date found; taken from its file name',
			},
		]);
		expect(plan.renumbered.map((entry) => entry.to)).toEqual([1, 2, 3, 4]);
	});
});

describe('Docusaurus', () => {
	const plan = planFolder('docusaurus');

	it('reads front matter titles without "ADR001:" and "[Superseded]", and both forms of the superseded note', () => {
		expect(summary(plan)).toEqual([
			{
				source: '0001-use-docusaurus-for-the-handbook.md',
				id: '0001-use-docusaurus-for-the-handbook',
				status: 'accepted',
				date: '2022-04-05',
				supersedes: [],
			},
			{ source: '0002-search-with-algolia.md', id: '0002-search-with-algolia', status: 'superseded', date: '2022-05-17', supersedes: [] },
			{ source: '0003-version-the-handbook.md', id: '0003-version-the-handbook', status: 'rejected', date: '2022-06-01', supersedes: [] },
			{
				source: '0004-search-with-a-local-index.mdx',
				id: '0004-search-with-a-local-index',
				status: 'accepted',
				date: '2023-08-22',
				supersedes: ['ADR-0002'],
			},
			{
				source: '0005-publish-previews-per-pull-request.md',
				id: '0005-publish-previews-per-pull-request',
				status: 'superseded',
				date: '2024-03-12',
				supersedes: [],
			},
			{
				source: '0006-publish-previews-on-the-platform.md',
				id: '0006-publish-previews-on-the-platform',
				status: 'accepted',
				date: '2025-02-03',
				supersedes: ['ADR-0005'],
			},
		]);
		expect(plan.records.map((record) => record.data.title).slice(0, 2)).toEqual([
			'Use Docusaurus for the engineering handbook',
			'Search the handbook with Algolia DocSearch',
		]);
	});

	it('takes the notice out of the body, and keeps other asides', () => {
		expect(recordText(plan, '0002-search-with-algolia.md')).not.toContain(':::');
		expect(recordText(plan, '0005-publish-previews-per-pull-request.md')).not.toContain(':::');
		expect(recordText(plan, '0004-search-with-a-local-index.mdx')).toContain(':::info[Context]');
		expect(recordText(plan, '0004-search-with-a-local-index.mdx')).not.toContain('Replaces:');
	});

	it('reports records with no status as accepted', () => {
		expect(plan.defaulted.map(({ source, field, reason }) => [source, field, reason])).toEqual([
			['0001-use-docusaurus-for-the-handbook.md', 'status', 'no status found'],
			['0004-search-with-a-local-index.mdx', 'status', 'no status found'],
		]);
	});
});

describe('metadata tables', () => {
	const plan = planFolder('table');

	it('reads | Metadata | Value | tables, numbers from every file-name form, and renumbers a duplicate past the highest', () => {
		expect(summary(plan)).toEqual([
			{ source: 'ADR-60.md', id: '0060-compact-the-customer-topics', status: 'deprecated', date: '2023-01-16', supersedes: [] },
			{
				source: 'adr-001-publish-events-to-kafka.md',
				id: '0001-publish-events-to-kafka',
				status: 'accepted',
				date: '2021-03-04',
				supersedes: [],
			},
			{
				source: 'adr-002-retire-the-legacy-bus.md',
				id: '0002-retire-the-legacy-bus',
				status: 'deprecated',
				date: '2021-04-20',
				supersedes: [],
			},
			{ source: 'adr-002-use-avro-schemas.md', id: '0061-use-avro-schemas', status: 'superseded', date: '2021-04-12', supersedes: [] },
			{
				source: 'adr-003-use-protobuf-schemas.md',
				id: '0003-use-protobuf-schemas',
				status: 'accepted',
				date: '2021-05-03',
				supersedes: ['ADR-0061'],
			},
			{ source: 'adr-021-dead-letter-topics.md', id: '0021-dead-letter-topics', status: 'deprecated', date: '2022-02-02', supersedes: [] },
			{
				source: 'adr013-consumer-groups-per-service.md',
				id: '0013-consumer-groups-per-service',
				status: 'proposed',
				date: '2022-09-09',
				supersedes: [],
			},
		]);
		expect(plan.renumbered).toEqual([
			{ file: 'adr-002-use-avro-schemas.md', from: 2, to: 61, reason: 'adr-002-retire-the-legacy-bus.md has the same number' },
		]);
		expect(plan.records[1].data).toMatchObject({ 'decision-makers': ['Ines Duarte', 'Marek Nowak'], tags: ['messaging', 'kafka'] });
	});

	it('says when a supersession overrides the status a record gave', () => {
		expect(plan.notes).toContainEqual({
			source: 'adr-002-use-avro-schemas.md',
			message: 'status set to superseded: ADR-0003 supersedes it (it said rejected)',
		});
	});

	it('points links to a renumbered record at its new page', () => {
		expect(recordText(plan, 'adr-002-use-avro-schemas.md')).toContain('[ADR-003](/decisions/0003-use-protobuf-schemas/)');
		expect(recordText(plan, 'adr-003-use-protobuf-schemas.md')).not.toContain('| Metadata');
	});
});

describe('--format', () => {
	it.each<[ImportFormat, string, string | undefined]>([
		['adr-tools', 'adr-tools', 'accepted'],
		['madr', 'madr2', 'accepted'],
		['log4brains', 'log4brains', 'accepted'],
		['docusaurus', 'docusaurus', 'accepted'],
		['table', 'table', 'deprecated'],
	])('%s reads the %s fixture as auto does', (format, folder) => {
		expect(summary(planFolder(folder, { format }))).toEqual(summary(planFolder(folder)));
	});

	it('reads only the headers of the format it names, leaving the rest in the body', () => {
		const plan = planFolder('madr2', { format: 'table' });
		expect(plan.records).toEqual([]);
		expect(plan.failed[0].reasons[0]).toMatch(/^no date found/);
	});
});

describe('records that cannot be imported', () => {
	const plan = (text: string, options: Partial<PlanInput> = {}) =>
		planImport({
			records: [{ file: '0001-x.md', text }],
			files: new Set(),
			taken: new Set(),
			format: 'auto',
			origin: (file) => file,
			firstCommitDate: () => undefined,
			...options,
		});

	it('dates a record by its first commit in git when it gives no date, and says so', () => {
		const result = plan('# Use X\n\n## Context\n\nText.\n', { firstCommitDate: () => '2021-02-03' });
		expect(result.records[0].data.date).toBe('2021-02-03');
		expect(result.defaulted).toContainEqual({
			source: '0001-x.md',
			field: 'date',
			value: '2021-02-03',
			reason: 'no date found; the day git first saw the file',
		});
	});

	it('fails a record with no date anywhere, naming the fix', () => {
		const result = plan('# Use X\n\nDate: sometime in 2019\n');
		expect(result.records).toEqual([]);
		expect(result.failed).toEqual([
			{
				source: '0001-x.md',
				target: '0001-x.md',
				reasons: ['"sometime in 2019" is not a date, and the file has no first commit in git to date it by: add "Date: YYYY-MM-DD" to it'],
			},
		]);
	});

	it('fails a superseded record whose successor is not in the folder', () => {
		const result = plan('# Use X\n\nDate: 2020-01-01\n\n## Status\n\nSuperseded by [9. Y](0009-y.md)\n');
		expect(result.failed[0].reasons).toEqual(['it is superseded, but no record imported from this folder says which one replaces it']);
		expect(result.notes).toEqual([{ source: '0001-x.md', message: 'is superseded by 0009-y, which is not a record of this folder' }]);
	});

	it('escapes HTML that content may not carry, so prose such as <command> shows as written', () => {
		const result = plan('# Use X\n\nDate: 2020-01-01\n\n## Decision\n\nCall _adr_help_<command>_<subcommand> or <kbd>q</kbd>.\n');
		expect(result.records[0].text).toContain('Call _adr_help_&lt;command>_&lt;subcommand> or <kbd>q</kbd>.');
		expect(result.notes).toContainEqual({
			source: '0001-x.md',
			message: "<command>, <subcommand> escaped to show as text: Trailmap's content may not carry that HTML",
		});
	});

	it('does not read a status, date or title from inside fenced code', () => {
		const result = plan(
			'```markdown\n# NUMBER. TITLE\n\n---\nstatus: on hold\n---\n```\n\n# Use Y\n\n- Status: Accepted\n- Date: 2020-01-01\n',
		);
		expect(result.records[0].data).toMatchObject({ title: 'Use Y', status: 'accepted', date: '2020-01-01' });
	});

	it('reports an unknown status word and defaults to accepted', () => {
		const result = plan('# Use X\n\n* Status: Zombie\n* Date: 2020-01-01\n');
		expect(result.records[0].data.status).toBe('accepted');
		expect(result.defaulted).toEqual([
			{
				source: '0001-x.md',
				field: 'status',
				value: 'accepted',
				reason: 'the status "Zombie" (bullet header) is not a status the importer knows',
			},
		]);
	});

	it('writes front matter that reads back as the same data, whatever a title or name holds', () => {
		const result = plan(
			`---\ntitle: "ADR-7: Use 'colons': #hashes and \\"quotes\\""\ndate: 2020-01-01\ndeciders: "O'Brien: lead # 1, [x]"\n---\n`,
		);
		const [, yaml] = result.records[0].text.split('---\n');
		expect(parse(yaml)).toEqual(result.records[0].data);
		expect(result.records[0].data).toMatchObject({
			title: `Use 'colons': #hashes and "quotes"`,
			'decision-makers': ["O'Brien: lead # 1", '[x]'],
		});
	});
});

describe('images', () => {
	it('puts the text of an image that cannot be copied in its place, and says so', () => {
		const result = planImport({
			records: [
				{
					file: '0001-x.md',
					text: '# Use X\n\nDate: 2020-01-01\n\n## Context\n\n![The \\*old\\* flow](missing.png) and ![up](../assets/up.svg) and ![ok](ok.png)\n',
				},
			],
			files: new Set(['ok.png']),
			taken: new Set(),
			format: 'auto',
			origin: (file) => file,
			firstCommitDate: () => undefined,
		});
		expect(result.records[0].text).toContain('The \\*old\\* flow and up and ![ok](ok.png)\n');
		expect(result.records[0].images).toEqual(['ok.png']);
		expect(result.notes).toEqual([
			{ source: '0001-x.md', message: 'the image "missing.png" does not exist, so its text "The *old* flow" stands in its place' },
			{ source: '0001-x.md', message: 'the image "../assets/up.svg" is outside the folder, so its text "up" stands in its place' },
		]);
	});
});

describe('header variants found in real folders', () => {
	const plan = (file: string, text: string) =>
		planImport({
			records: [{ file, text }],
			files: new Set(),
			taken: new Set(),
			format: 'auto',
			origin: (name) => name,
			firstCommitDate: () => '2020-05-05',
		});

	it('reads a status written as a list item under ## Status', () => {
		const result = plan('0001-x.md', '# 1. Use X\n\n## Status\n\n* Accepted\n\n## Context\n\nText.\n');
		expect(result.records[0].data.status).toBe('accepted');
		expect(result.records[0].text).not.toContain('Status');
	});

	it('leaves HTML comments out of header values', () => {
		const result = plan(
			'0001-x.md',
			'# Use X\n\n* Status: accepted <!-- optional -->\n* Deciders: Anna <!-- optional -->\n* Date: 2020-01-01 <!-- optional -->\n',
		);
		expect(result.records[0].data).toMatchObject({ status: 'accepted', date: '2020-01-01', 'decision-makers': ['Anna'] });
	});

	it('skips a template whose title is only a placeholder after its number', () => {
		const result = plan('adr000-blank.md', '---\ntitle: "ADR000: [TITLE]"\n---\n\n## Context\n');
		expect(result.skipped).toEqual([{ source: 'adr000-blank.md', reason: 'a template (its title is "ADR000: [TITLE]")' }]);
	});

	it('reads bold header lines', () => {
		const result = plan('0001-x.md', '# Use X\n\n**Status:** Approved  \n**Date:** 2021-03-04\n\n## Context\n');
		expect(result.records[0].data).toMatchObject({ status: 'accepted', date: '2021-03-04' });
	});
});

describe('wrapped header values', () => {
	it('reads a bullet value that wraps onto the next line', () => {
		const result = planImport({
			records: [
				{ file: '0001-x.md', text: '# Use X\n\n- Status: accepted\n- Deciders: Anna Schmidt,\n  Ben Okafor\n- Date: 2020-01-01\n' },
			],
			files: new Set(),
			taken: new Set(),
			format: 'auto',
			origin: (name) => name,
			firstCommitDate: () => undefined,
		});
		expect(result.records[0].data['decision-makers']).toEqual(['Anna Schmidt', 'Ben Okafor']);
	});
});
