/**
 * DORA's software delivery metrics computed from change, deployment and incident events: the Four
 * Keys event model, with the counting rules of the project's DOMAIN.md ("Computing the keys from
 * events") and https://dora.dev/guides/dora-metrics/ (definitions of the five metrics). Windows are whole UTC days, both
 * ends included; only successful deployments reached production, so only they count anywhere.
 */
import type { Problem } from '../problem.ts';
import type { ChangeEvent, DeliveryEvent, DeploymentEvent, IncidentEvent } from './delivery-events.ts';
import { type Measure, type Measurements, groupBy, percent, put, teamMeasures } from './measurements.ts';
import { type Window, daysIn, hoursBetween, inWindow, isoWeek, median, utcDay, windowDays } from './time.ts';

/** Ids for a note: all of a few, the first ten of many. */
const listed = (ids: readonly string[]) =>
	ids.length <= 10 ? ids.join(', ') : `${ids.slice(0, 10).join(', ')} and ${ids.length - 10} more`;

const where = (event: { at: { file: string; line: number } }) => `${event.at.file}:${event.at.line}`;

/** The same event given twice: the first copy wins when both say the same; otherwise the repeat is a problem. */
function repeatProblem(event: DeliveryEvent, first: DeliveryEvent, what: string): Problem {
	return {
		file: event.at.file,
		line: event.at.line,
		column: 1,
		field: 'id',
		value: event.id,
		message: `the ${event.type} ${event.id} is given again with another ${what}; the first is at ${where(first)}`,
		hint: `give each ${event.type} one id, and repeat an event only unchanged`,
	};
}

const sameList = (a: readonly string[], b: readonly string[]) => [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/** The one incident several events with its id describe: opened at the earliest, resolved at the latest resolution given. */
interface Incident {
	id: string;
	opened: number;
	resolved?: number;
	team?: string;
	deployment?: string;
	at: IncidentEvent['at'];
}

/** Events without repeats: a change or deployment given twice unchanged counts once, an incident's events make one incident. */
export function distinctEvents(events: readonly DeliveryEvent[]): {
	changes: ChangeEvent[];
	deployments: DeploymentEvent[];
	incidents: Incident[];
	problems: Problem[];
} {
	const changes = new Map<string, ChangeEvent>();
	const deployments = new Map<string, DeploymentEvent>();
	const incidents = new Map<string, Incident>();
	const problems: Problem[] = [];
	for (const event of events) {
		if (event.type === 'change') {
			const first = changes.get(event.id);
			if (!first) changes.set(event.id, event);
			else if (first.time !== event.time) problems.push(repeatProblem(event, first, 'time'));
			else if (first.team !== event.team) problems.push(repeatProblem(event, first, 'team'));
		} else if (event.type === 'deployment') {
			const first = deployments.get(event.id);
			if (!first) deployments.set(event.id, event);
			else if (first.time !== event.time) problems.push(repeatProblem(event, first, 'time'));
			else if (first.status !== event.status) problems.push(repeatProblem(event, first, 'status'));
			else if (first.team !== event.team) problems.push(repeatProblem(event, first, 'team'));
			else if (!sameList(first.changes, event.changes)) problems.push(repeatProblem(event, first, 'list of changes'));
			else if (first.fixes !== event.fixes) problems.push(repeatProblem(event, first, 'incident it fixes'));
		} else {
			// Incident tools send an event per update (opened, acknowledged, resolved): one incident, counted once.
			const first = incidents.get(event.id);
			if (!first) {
				incidents.set(event.id, {
					id: event.id,
					opened: event.time,
					resolved: event.resolved,
					team: event.team,
					deployment: event.deployment,
					at: event.at,
				});
				continue;
			}
			if (event.team !== undefined && first.team !== undefined && event.team !== first.team) {
				problems.push(repeatProblem(event, { ...event, at: first.at }, 'team'));
			} else if (event.deployment !== undefined && first.deployment !== undefined && event.deployment !== first.deployment) {
				problems.push(repeatProblem(event, { ...event, at: first.at }, 'deployment'));
			} else {
				first.opened = Math.min(first.opened, event.time);
				if (event.resolved !== undefined) first.resolved = Math.max(first.resolved ?? event.resolved, event.resolved);
				first.team ??= event.team;
				first.deployment ??= event.deployment;
			}
		}
	}
	return { changes: [...changes.values()], deployments: [...deployments.values()], incidents: [...incidents.values()], problems };
}

/** How often a team deploys, as DOMAIN.md buckets it from the days with a deployment in each week and month of the window. */
export type FrequencyBucket = 'daily' | 'weekly' | 'monthly' | 'yearly';

/**
 * The deployment frequency bucket: daily when the median ISO week of the window has 3 or more days
 * with a successful deployment, weekly when it has at least 1, monthly when the median calendar
 * month has at least 1, else yearly (DOMAIN.md, after the Four Keys dashboard). Weeks and months
 * are those the window touches, counting only its own days.
 */
export function frequencyBucket(deploymentTimes: readonly number[], window: Window): FrequencyBucket {
	const deployDays = new Set(deploymentTimes.map(utcDay));
	const days = windowDays(window);
	const perPeriod = (period: (day: string) => string) =>
		[...groupBy(days, period).values()].map((group) => group.filter((day) => deployDays.has(day)).length);
	const weekly = median(perPeriod(isoWeek)) ?? 0;
	if (weekly >= 3) return 'daily';
	if (weekly >= 1) return 'weekly';
	return (median(perPeriod((day) => day.slice(0, 7))) ?? 0) >= 1 ? 'monthly' : 'yearly';
}

/** The delivery measures of one group of events (the whole organisation, or one team). */
interface Group {
	changes: ChangeEvent[];
	deployments: DeploymentEvent[];
	incidents: Incident[];
}

/** Each change's first successful deployment time, over every deployment given (not only the window's). */
function firstShipped(deployments: readonly DeploymentEvent[]): Map<string, number> {
	const first = new Map<string, number>();
	for (const deployment of deployments) {
		if (deployment.status !== 'success') continue;
		for (const change of deployment.changes) {
			const earlier = first.get(change);
			if (earlier === undefined || deployment.time < earlier) first.set(change, deployment.time);
		}
	}
	return first;
}

function measureGroup(
	group: Group,
	context: { window: Window; shipped: ReadonlyMap<string, number>; failedDeployments: ReadonlySet<string>; causes: ReadonlySet<string> },
): { measures: Partial<Record<string, Measure>>; leadTimesNotPositive: number; openIncidents: string[]; bucket: FrequencyBucket } {
	const { window, shipped, failedDeployments, causes } = context;
	const deployed = group.deployments.filter((deployment) => deployment.status === 'success' && inWindow(deployment.time, window));

	// Lead time: first successful deployment listing the change minus its commit time, for changes
	// first shipped in the window; a result <= 0 (clock skew, a rewritten commit) is excluded (DOMAIN.md).
	const leadTimes: number[] = [];
	let leadTimesNotPositive = 0;
	for (const change of group.changes) {
		const time = shipped.get(change.id);
		if (time === undefined || !inWindow(time, window)) continue;
		const hours = hoursBetween(change.time, time);
		if (hours > 0) leadTimes.push(hours);
		else leadTimesNotPositive++;
	}

	// Recovery time: resolved minus opened, over distinct incidents opened in the window that name a
	// deployment which reached production (dora.dev: failed deployment recovery time).
	const recoveries: number[] = [];
	const openIncidents: string[] = [];
	for (const incident of group.incidents) {
		if (incident.deployment === undefined || failedDeployments.has(incident.deployment) || !inWindow(incident.opened, window)) continue;
		if (incident.resolved === undefined) openIncidents.push(incident.id);
		else recoveries.push(hoursBetween(incident.opened, incident.resolved));
	}

	const leadTime = median(leadTimes);
	const recovery = median(recoveries);
	return {
		measures: {
			'delivery.deployment-frequency': { value: deployed.length / daysIn(window), samples: deployed.length },
			'delivery.lead-time': leadTime === undefined ? undefined : { value: leadTime, samples: leadTimes.length },
			// Change fail rate: distinct deployments named by at least one incident over all deployments (DOMAIN.md; dora.dev).
			'delivery.change-fail-rate': percent(deployed.filter((deployment) => causes.has(deployment.id)).length, deployed.length),
			'delivery.recovery-time': recovery === undefined ? undefined : { value: recovery, samples: recoveries.length },
			// Rework rate: deployments made to fix an incident over all deployments (dora.dev, deployment rework rate, 2024).
			'delivery.rework-rate': percent(deployed.filter((deployment) => deployment.fixes !== undefined).length, deployed.length),
		},
		leadTimesNotPositive,
		openIncidents,
		bucket: frequencyBucket(
			deployed.map((deployment) => deployment.time),
			window,
		),
	};
}

/** Copies the measures of a group into a target, leaving out those with nothing to compute from. */
function putAll(target: Partial<Record<string, Measure>>, measures: Partial<Record<string, Measure>>) {
	for (const [key, measure] of Object.entries(measures)) put(target, key as never, measure);
}

/**
 * The five DORA delivery metrics over a window, organisation-wide and per team (an event's own
 * team: a change's for lead time, a deployment's for frequency, fail and rework rates, an
 * incident's for recovery time). Problems are events that contradict an earlier event of the same id.
 */
export function deliveryMeasurements(
	events: readonly DeliveryEvent[],
	window: Window,
): { measurements: Measurements; problems: Problem[] } {
	const { changes, deployments, incidents, problems } = distinctEvents(events);
	const shipped = firstShipped(deployments);
	const failedDeployments = new Set(deployments.filter((deployment) => deployment.status === 'failure').map((deployment) => deployment.id));
	// Deployments named by at least one incident: a set, so two incidents of one deployment count it once.
	const causes = new Set(incidents.flatMap((incident) => (incident.deployment === undefined ? [] : [incident.deployment])));
	const context = { window, shipped, failedDeployments, causes };
	const measurements: Measurements = { overall: {}, teams: new Map(), notes: [] };

	const overall = measureGroup({ changes, deployments, incidents }, context);
	putAll(measurements.overall, overall.measures);
	const notes = measurements.notes;
	notes.push(`deployment frequency bucket: ${overall.bucket} (days with a deployment per ISO week, median over the window's weeks)`);
	if (overall.leadTimesNotPositive > 0) {
		notes.push(`${overall.leadTimesNotPositive} changes shipped in the window have a lead time of 0 or less and are not counted`);
	}
	if (overall.openIncidents.length > 0) {
		notes.push(
			`${overall.openIncidents.length} incidents opened in the window are still open and not counted in recovery time: ${listed(overall.openIncidents)}`,
		);
	}
	const knownChanges = new Set(changes.map((change) => change.id));
	const unknownChanges = new Set(
		deployments.flatMap((deployment) =>
			deployment.status === 'success' && inWindow(deployment.time, window) ? deployment.changes.filter((id) => !knownChanges.has(id)) : [],
		),
	);
	if (unknownChanges.size > 0) notes.push(`${unknownChanges.size} changes shipped in the window have no change event, so no lead time`);
	const knownDeployments = new Set(deployments.map((deployment) => deployment.id));
	const blamedFailures = incidents.filter((incident) => incident.deployment !== undefined && failedDeployments.has(incident.deployment));
	if (blamedFailures.length > 0) {
		notes.push(
			`${blamedFailures.length} incidents name a failed deployment, which never reached production, and are not counted: ${listed(blamedFailures.map((incident) => incident.id))}`,
		);
	}
	const unknownCauses = incidents.filter((incident) => incident.deployment !== undefined && !knownDeployments.has(incident.deployment));
	if (unknownCauses.length > 0) {
		notes.push(
			`${unknownCauses.length} incidents name a deployment that is not among the events: ${listed(unknownCauses.map((incident) => `${incident.id} (${incident.deployment})`))}`,
		);
	}

	const byTeam = {
		changes: groupBy(changes, (change) => change.team),
		deployments: groupBy(deployments, (deployment) => deployment.team),
		incidents: groupBy(incidents, (incident) => incident.team),
	};
	const teams = new Set([...byTeam.changes.keys(), ...byTeam.deployments.keys(), ...byTeam.incidents.keys()]);
	for (const team of [...teams].sort()) {
		const measured = measureGroup(
			{
				changes: byTeam.changes.get(team) ?? [],
				deployments: byTeam.deployments.get(team) ?? [],
				incidents: byTeam.incidents.get(team) ?? [],
			},
			context,
		);
		putAll(teamMeasures(measurements, team), measured.measures);
		notes.push(`${team}: deployment frequency bucket ${measured.bucket}`);
	}
	return { measurements, problems };
}
