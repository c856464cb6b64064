import type { Entry } from '../domain/content-set.ts';
import type { FieldPath, Problem } from '../domain/problem.ts';
import { schemaProblems } from '../domain/schema-issues.ts';
import { type MetricSnapshot, MetricSnapshotSchema } from '../schemas/metric-snapshot.ts';
import { PATTERN_HINTS } from '../schemas/common.ts';
import { fieldNamesAt } from './schema-fields.ts';
import { parseYamlSource } from './source-file.ts';

/** Where the build fetches metric snapshots from: TRAILMAP_METRICS_URL, and whether a failure only warns. */
export interface MetricsEndpoint {
	url: string;
	/** TRAILMAP_METRICS_OPTIONAL=1: an endpoint that fails leaves the snapshot files alone, with a warning. */
	optional: boolean;
	/** TRAILMAP_METRICS_TOKEN, sent as a bearer token. */
	token?: string;
}

/** A failure to get snapshots from the endpoint at all: no answer, an HTTP error, or a body that is not the expected JSON. */
export class MetricsEndpointError extends Error {
	/** The endpoint, as `displayUrl` prints it. */
	readonly url: string;
	/** The HTTP status of the last answer, when there was one. */
	readonly status?: number;

	constructor(message: string, url: string, status?: number, options?: ErrorOptions) {
		super(message, options);
		this.name = 'MetricsEndpointError';
		this.url = url;
		this.status = status;
	}
}

/** Snapshots read from the endpoint, each located in the response, and what is wrong with the ones that failed their schema. */
export interface RemoteSnapshots {
	entries: Entry<MetricSnapshot>[];
	problems: Problem[];
}

export interface FetchOptions {
	/** Milliseconds each attempt may take, body included. */
	timeoutMs?: number;
	/** Attempts after the first one, for timeouts, network errors, 429 and 5xx answers. */
	retries?: number;
	/** Milliseconds before the first retry; doubled before each later one. */
	retryDelayMs?: number;
}

const DEFAULTS: Required<FetchOptions> = { timeoutMs: 10_000, retries: 2, retryDelayMs: 500 };

/** The endpoint the environment names, or undefined when TRAILMAP_METRICS_URL is not set. */
export function metricsEndpoint(env: Record<string, string | undefined> = process.env): MetricsEndpoint | undefined {
	const url = env.TRAILMAP_METRICS_URL?.trim();
	if (!url) return undefined;
	const parsed = URL.canParse(url) ? new URL(url) : undefined;
	if (parsed?.protocol !== 'https:' && parsed?.protocol !== 'http:') {
		throw new MetricsEndpointError(
			`TRAILMAP_METRICS_URL must be an http(s) URL, not "${url}". Hint: write the full address, such as https://metrics.example.com/trailmap/snapshots.json`,
			url,
		);
	}
	return {
		url,
		optional: env.TRAILMAP_METRICS_OPTIONAL === '1',
		...(env.TRAILMAP_METRICS_TOKEN ? { token: env.TRAILMAP_METRICS_TOKEN } : {}),
	};
}

/** The URL for messages and logs, without a password or query values, which often carry a secret. */
export function displayUrl(url: string): string {
	const parsed = new URL(url);
	if (parsed.password) parsed.password = '***';
	for (const key of new Set(parsed.searchParams.keys())) parsed.searchParams.set(key, '***');
	return parsed.href;
}

/** Whether a failed attempt may succeed when tried again: the server was busy or broken, not the request wrong. */
const retriable = (status: number) => status === 408 || status === 429 || status >= 500;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One attempt: the body text, or why there is none. */
async function attempt(url: string, timeoutMs: number, token?: string): Promise<{ text: string } | { failure: string; status?: number }> {
	try {
		const response = await fetch(url, {
			signal: AbortSignal.timeout(timeoutMs),
			headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
		});
		if (!response.ok) {
			await response.body?.cancel();
			return { failure: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, status: response.status };
		}
		return { text: await response.text() };
	} catch (error) {
		if (error instanceof DOMException && error.name === 'TimeoutError')
			return { failure: `no complete answer within ${timeoutMs / 1000} s` };
		const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
		return { failure: `${error instanceof Error ? error.message : String(error)}${cause}` };
	}
}

/**
 * The endpoint's answer as text. Each attempt has `timeoutMs`; timeouts, network errors, 408, 429 and
 * 5xx answers are tried again `retries` times, other HTTP errors fail at once.
 */
export async function fetchMetricsText(endpoint: Pick<MetricsEndpoint, 'url' | 'token'>, options: FetchOptions = {}): Promise<string> {
	const { timeoutMs, retries, retryDelayMs } = { ...DEFAULTS, ...options };
	const shown = displayUrl(endpoint.url);
	for (let tries = 1; ; tries += 1) {
		const result = await attempt(endpoint.url, timeoutMs, endpoint.token);
		if ('text' in result) return result.text;
		const final = tries > retries || (result.status !== undefined && !retriable(result.status));
		if (final) {
			const attempts = tries === 1 ? '' : ` (${tries} attempts)`;
			throw new MetricsEndpointError(`Could not fetch metric snapshots from ${shown}: ${result.failure}${attempts}`, shown, result.status);
		}
		await pause(retryDelayMs * 2 ** (tries - 1));
	}
}

/**
 * Reads the endpoint's JSON: `{ "snapshots": [ <snapshot>, ... ] }`, each snapshot as a snapshot file
 * writes it in JSON. A body that is no such object is the endpoint's failure; a snapshot that fails
 * its schema is a content problem at its line and field of the response, as a file's would be.
 */
export function readRemoteSnapshots(text: string, url: string): RemoteSnapshots {
	const shown = displayUrl(url);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new MetricsEndpointError(`The answer of ${shown} is not JSON: ${(error as Error).message}`, shown, undefined, { cause: error });
	}
	const list = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as { snapshots?: unknown }).snapshots : undefined;
	if (!Array.isArray(list)) {
		throw new MetricsEndpointError(
			`The answer of ${shown} is JSON but not an object with a "snapshots" list. Hint: return { "snapshots": [ { "date": "2026-10-31", "values": { ... } } ] }`,
			shown,
		);
	}
	// JSON is YAML, so the content check's YAML reader gives each field its line and column in the answer.
	const { locate } = parseYamlSource(text, shown);
	const entries: Entry<MetricSnapshot>[] = [];
	const problems: Problem[] = [];
	list.forEach((item: unknown, index) => {
		const prefix: FieldPath = ['snapshots', index];
		const at = (path: FieldPath) => locate([...prefix, ...path]);
		const result = MetricSnapshotSchema.safeParse(item);
		if (result.success) entries.push({ id: result.data.date, file: shown, data: result.data, locate: at });
		else
			problems.push(
				...schemaProblems(
					result.error.issues,
					{
						file: shown,
						data: item,
						locate: at,
						fieldNamesAt: (path) => fieldNamesAt(MetricSnapshotSchema, path),
						patternHints: PATTERN_HINTS,
					},
					[],
				),
			);
	});
	return { entries, problems };
}

/** Fetches and reads the endpoint's snapshots; throws MetricsEndpointError when there are none to read. */
export async function fetchRemoteSnapshots(endpoint: MetricsEndpoint, options?: FetchOptions): Promise<RemoteSnapshots> {
	return readRemoteSnapshots(await fetchMetricsText(endpoint, options), endpoint.url);
}

/**
 * The endpoint's snapshots under its failure policy: an endpoint error is thrown, or, when the
 * endpoint is optional, passed to `warn` with no snapshots returned, so the build uses the files.
 */
export async function remoteSnapshots(
	endpoint: MetricsEndpoint,
	warn: (message: string) => void,
	options?: FetchOptions,
): Promise<RemoteSnapshots> {
	try {
		return await fetchRemoteSnapshots(endpoint, options);
	} catch (error) {
		if (!(error instanceof MetricsEndpointError) || !endpoint.optional) throw error;
		warn(`${error.message}\nTRAILMAP_METRICS_OPTIONAL=1: building from the snapshot files alone; metric values may be out of date.`);
		return { entries: [], problems: [] };
	}
}

const ONCE = Symbol.for('trailmap.remoteSnapshots');
type OnceStore = { [ONCE]?: Map<string, Promise<RemoteSnapshots>> };

/**
 * `remoteSnapshots`, fetched once per process and URL: the content check and the snapshot loader of
 * one build see the same answer. globalThis holds it because Astro loads the loader in its own module graph.
 */
export function remoteSnapshotsOnce(endpoint: MetricsEndpoint, warn: (message: string) => void): Promise<RemoteSnapshots> {
	const store = ((globalThis as OnceStore)[ONCE] ??= new Map<string, Promise<RemoteSnapshots>>());
	const key = `${endpoint.optional}\0${endpoint.url}`;
	let pending = store.get(key);
	if (!pending) {
		pending = remoteSnapshots(endpoint, warn);
		store.set(key, pending);
		// A failed fetch is not kept: the next build in this process (a dev server's reload) tries again.
		void pending.catch(() => store.delete(key));
	}
	return pending;
}
