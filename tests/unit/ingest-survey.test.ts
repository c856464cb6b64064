import { describe, expect, it } from 'vitest';
import { readCsvHeader } from '../../src/domain/ingest/input.ts';
import { SURVEY_COLUMNS, type SurveyResponse, readSurveyRow, surveyMeasurements } from '../../src/domain/ingest/survey.ts';
import type { Problem } from '../../src/domain/problem.ts';

const TEAMS = new Set(['checkout', 'routing']);

function readSurvey(text: string): { responses: SurveyResponse[]; problems: Problem[] } {
	const [headerLine, ...lines] = text.trim().split('\n');
	const read = readCsvHeader(headerLine, { file: 'survey.csv', line: 1 }, SURVEY_COLUMNS);
	if ('problem' in read) return { responses: [], problems: [read.problem] };
	const responses: SurveyResponse[] = [];
	const problems: Problem[] = [];
	lines.forEach((line, i) => {
		const result = readSurveyRow(read.header, line, { file: 'survey.csv', line: i + 2 }, TEAMS);
		if ('response' in result) responses.push(result.response);
		else problems.push(...result.problems);
	});
	return { responses, problems };
}

/**
 * Ten responses worked out by hand: promoters r1 r2 r7 r8, passives r3 r4 r10, detractors r5 r6 r9,
 * so NPS = (4 - 3) / 10 = +10; satisfaction answered by 8, of whom r1 r2 r7 r8 r10 gave 4 or 5.
 * The survey tool's extra column is ignored.
 */
const SURVEY = `respondent,submitted,team,recommend,satisfaction
r1,2026-03-02,checkout,10,5
r2,2026-03-02,checkout,9,4
r3,2026-03-03,checkout,8,3
r4,2026-03-03,checkout,7,
r5,2026-03-04,checkout,6,2
r6,2026-03-04,routing,0,1
r7,2026-03-05,routing,9,5
r8,2026-03-05,,10,4
r9,2026-03-06,,5,
r10,2026-03-06,routing,7,4
`;

describe('survey ingest', () => {
	const { responses, problems } = readSurvey(SURVEY);
	const { measurements, problems: repeats } = surveyMeasurements(responses);

	it('computes NPS with passives in the denominator, and CSAT over those who answered', () => {
		expect(problems).toEqual([]);
		expect(repeats).toEqual([]);
		expect(measurements.overall).toEqual({
			'survey.nps': { value: 10, samples: 10 },
			'survey.csat': { value: 62.5, samples: 8 },
		});
		expect(measurements.notes).toContain("2 respondents left satisfaction blank and are not in CSAT's n");
	});

	it('splits by team; a response without a team counts only organisation-wide', () => {
		// checkout: 10 9 | 8 7 | 6 -> (2 - 1) / 5; satisfaction 5 4 3 2 -> 2 of 4.
		expect(measurements.teams.get('checkout')).toEqual({
			'survey.nps': { value: 20, samples: 5 },
			'survey.csat': { value: 50, samples: 4 },
		});
		// routing: 9 | 7 | 0 -> (1 - 1) / 3; satisfaction 1 5 4 -> 2 of 3.
		expect(measurements.teams.get('routing')).toEqual({
			'survey.nps': { value: 0, samples: 3 },
			'survey.csat': { value: (2 / 3) * 100, samples: 3 },
		});
		expect([...measurements.teams.keys()]).toEqual(['checkout', 'routing']);
	});

	it('reaches -100 and +100 at the ends of the scale', () => {
		const all = (answer: number) =>
			surveyMeasurements(readSurvey(`respondent,recommend,satisfaction\na,${answer},\nb,${answer},\n`).responses).measurements.overall;
		expect(all(6)['survey.nps']).toEqual({ value: -100, samples: 2 });
		expect(all(9)['survey.nps']).toEqual({ value: 100, samples: 2 });
		expect(all(9)['survey.csat']).toBeUndefined();
	});

	it('reports bad answers, unknown teams and repeated respondents at their cell', () => {
		const { responses, problems } = readSurvey(`respondent,team,recommend,satisfaction
r1,checkout,11,5
r2,routng,9,0
r3,,nine,4
,checkout,9,4
r5,checkout,9,4
r5,checkout,10,4
`);
		expect(problems.map(({ line, column, field, value }) => ({ line, column, field, value }))).toEqual([
			{ line: 2, column: 13, field: 'recommend', value: '11' },
			{ line: 3, column: 4, field: 'team', value: 'routng' },
			{ line: 3, column: 13, field: 'satisfaction', value: '0' },
			{ line: 4, column: 5, field: 'recommend', value: 'nine' },
			{ line: 5, column: 1, field: 'respondent', value: '' },
		]);
		expect(problems[1].hint).toBe('did you mean "routing"?');
		const { problems: repeats } = surveyMeasurements(responses);
		expect(repeats).toEqual([
			expect.objectContaining({ line: 7, column: 1, field: 'respondent', value: 'r5', message: expect.stringContaining('survey.csv:6') }),
		]);
	});

	it('needs a respondent and a recommend column', () => {
		const { problems } = readSurvey('id,team,recommend\n');
		expect(problems).toEqual([expect.objectContaining({ line: 1, message: 'the header has no respondent column' })]);
	});
});
