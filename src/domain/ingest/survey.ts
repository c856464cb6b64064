/**
 * NPS and CSAT from survey responses, as the project's DOMAIN.md ("Surveys") defines them: NPS = %
 * promoters (9-10) - % detractors (0-6) with passives (7-8) in the denominator; CSAT = % of 4-5
 * answers among those who answered the 1-5 question. n is reported with each.
 */
import type { Problem } from '../problem.ts';
import { type CsvHeader, type Field, type RowPlace, fieldProblem, readCsvRow, readTeam } from './input.ts';
import { type Measurements, groupBy, percent, put, teamMeasures } from './measurements.ts';

/** The columns a survey CSV must and may have; any other column of the export is ignored. */
export const SURVEY_COLUMNS = { required: ['respondent', 'recommend'], optional: ['team', 'satisfaction'], others: 'ignore' } as const;

/** One respondent's answers: `recommend` 0-10, `satisfaction` 1-5 when answered. */
export interface SurveyResponse {
	respondent: string;
	/** Column of the respondent cell, to point a repeated respondent at it. */
	column: number;
	team?: string;
	recommend?: number;
	satisfaction?: number;
	at: RowPlace;
}

/** A whole number from `min` to `max`, or undefined when the field is blank; a problem otherwise. */
function score(field: Field, at: RowPlace, name: string, min: number, max: number): { value?: number } | { problem: Problem } {
	if (field.text === '') return {};
	const value = Number(field.text);
	if (Number.isInteger(value) && value >= min && value <= max) return { value };
	return {
		problem: fieldProblem(
			at,
			name,
			field,
			`expected a whole number from ${min} to ${max}`,
			`write the answer as given on the ${min}-${max} scale, or leave it blank when unanswered`,
		),
	};
}

/** Reads one row of a survey CSV; every problem of the row at once. */
export function readSurveyRow(
	header: CsvHeader,
	text: string,
	at: RowPlace,
	teams: ReadonlySet<string>,
): { response: SurveyResponse } | { problems: Problem[] } {
	const row = readCsvRow(header, text, at);
	if ('problem' in row) return { problems: [row.problem] };
	const problems: Problem[] = [];
	const respondent = row.field('respondent');
	if (respondent.text === '')
		problems.push(
			fieldProblem(
				at,
				'respondent',
				respondent,
				'a response needs a respondent',
				"give each response an id, such as the survey tool's response id",
			),
		);
	const team = readTeam(row.field('team'), at, teams);
	const recommend = score(row.field('recommend'), at, 'recommend', 0, 10);
	const satisfaction = score(row.field('satisfaction'), at, 'satisfaction', 1, 5);
	for (const result of [team, recommend, satisfaction]) if ('problem' in result) problems.push(result.problem);
	if (problems.length > 0 || 'problem' in team || 'problem' in recommend || 'problem' in satisfaction) return { problems };
	return {
		response: {
			respondent: respondent.text,
			column: respondent.column,
			team: team.team,
			recommend: recommend.value,
			satisfaction: satisfaction.value,
			at,
		},
	};
}

/** NPS and CSAT of a group of responses; a question nobody answered gets no value. */
function scores(responses: readonly SurveyResponse[]) {
	const recommend = responses.flatMap((response) => (response.recommend === undefined ? [] : [response.recommend]));
	const satisfaction = responses.flatMap((response) => (response.satisfaction === undefined ? [] : [response.satisfaction]));
	const promoters = recommend.filter((answer) => answer >= 9).length;
	const detractors = recommend.filter((answer) => answer <= 6).length;
	return {
		nps: recommend.length === 0 ? undefined : { value: ((promoters - detractors) / recommend.length) * 100, samples: recommend.length },
		csat: percent(satisfaction.filter((answer) => answer >= 4).length, satisfaction.length),
	};
}

/**
 * NPS and CSAT overall and per team, each with its n. A respondent given twice is a problem (the
 * second row is not counted): a survey export has one row per response.
 */
export function surveyMeasurements(responses: readonly SurveyResponse[]): { measurements: Measurements; problems: Problem[] } {
	const seen = new Map<string, SurveyResponse>();
	const problems: Problem[] = [];
	for (const response of responses) {
		const first = seen.get(response.respondent);
		if (!first) {
			seen.set(response.respondent, response);
			continue;
		}
		problems.push({
			...response.at,
			column: response.column,
			field: 'respondent',
			value: response.respondent,
			message: `the respondent ${response.respondent} already answered, at ${first.at.file}:${first.at.line}`,
			hint: 'keep one row per response; remove the repeat, or give each response its own respondent id',
		});
	}
	const distinct = [...seen.values()];
	const measurements: Measurements = { overall: {}, teams: new Map(), notes: [] };
	const overall = scores(distinct);
	put(measurements.overall, 'survey.nps', overall.nps);
	put(measurements.overall, 'survey.csat', overall.csat);
	const unanswered = distinct.length - (overall.csat?.samples ?? 0);
	if (unanswered > 0) measurements.notes.push(`${unanswered} respondents left satisfaction blank and are not in CSAT's n`);
	for (const [team, group] of [...groupBy(distinct, (response) => response.team)].sort(([a], [b]) => a.localeCompare(b))) {
		const measured = scores(group);
		put(teamMeasures(measurements, team), 'survey.nps', measured.nps);
		put(teamMeasures(measurements, team), 'survey.csat', measured.csat);
	}
	return { measurements, problems };
}
