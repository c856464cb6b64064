import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
	MetricsEndpointError,
	displayUrl,
	fetchRemoteSnapshots,
	metricsEndpoint,
	remoteSnapshots,
} from '../../src/lib/metrics-endpoint.ts';
import { checkContent } from '../../src/lib/read-content.ts';
import { FIXTURE, TODAY } from './fixture.ts';

/** A real HTTP server on 127.0.0.1 that answers each request with `handle`, counting requests. */
async function serve(handle: (request: IncomingMessage, response: ServerResponse) => void) {
	const requests: IncomingMessage[] = [];
	const server = createServer((request, response) => {
		requests.push(request);
		handle(request, response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	servers.push(server);
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/snapshots.json`, requests };
}

const servers: Server[] = [];
afterEach(async () => {
	for (const server of servers.splice(0)) {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	}
});

const json =
	(body: string, status = 200) =>
	(_: IncomingMessage, response: ServerResponse) => {
		response.writeHead(status, { 'content-type': 'application/json' });
		response.end(body);
	};

const FAST = { timeoutMs: 300, retryDelayMs: 10 };

const ANSWER = `{
  "snapshots": [
    {
      "date": "2026-04-30",
      "source": "metrics warehouse",
      "values": { "onboarding-days": 4, "developer-nps": 25 },
      "samples": { "developer-nps": 160 },
      "teams": { "checkout": { "change-lead-time": 18 } }
    }
  ]
}`;

describe('metricsEndpoint', () => {
	it('reads the URL, the optional flag and the token from the environment', () => {
		expect(metricsEndpoint({})).toBeUndefined();
		expect(metricsEndpoint({ TRAILMAP_METRICS_URL: 'https://m.example/s.json', TRAILMAP_METRICS_OPTIONAL: '1' })).toEqual({
			url: 'https://m.example/s.json',
			optional: true,
		});
		expect(metricsEndpoint({ TRAILMAP_METRICS_URL: 'https://m.example/s.json', TRAILMAP_METRICS_TOKEN: 't' })).toEqual({
			url: 'https://m.example/s.json',
			optional: false,
			token: 't',
		});
	});

	it('refuses a URL that is not http(s)', () => {
		expect(() => metricsEndpoint({ TRAILMAP_METRICS_URL: 'file:///etc/passwd' })).toThrow(/must be an http\(s\) URL/);
		expect(() => metricsEndpoint({ TRAILMAP_METRICS_URL: 'metrics.example' })).toThrow(MetricsEndpointError);
	});

	it('hides passwords and query values when it names the URL', () => {
		expect(displayUrl('https://bot:s3cret@m.example/s.json?token=abc&team=x')).toBe('https://bot:***@m.example/s.json?token=***&team=***');
	});
});

describe('fetchRemoteSnapshots from a real HTTP server', () => {
	it('reads the snapshots of a good answer, sending the token', async () => {
		const { url, requests } = await serve(json(ANSWER));
		const { entries, problems } = await fetchRemoteSnapshots({ url, optional: false, token: 'tok' }, FAST);
		expect(problems).toEqual([]);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			id: '2026-04-30',
			file: url,
			data: { date: '2026-04-30', values: { 'onboarding-days': 4, 'developer-nps': 25 }, samples: { 'developer-nps': 160 } },
		});
		// Fields are located in the answer, as in a file.
		expect(entries[0].locate(['values', 'developer-nps'])).toEqual({ line: 6, column: 58 });
		expect(requests[0].headers.authorization).toBe('Bearer tok');
	});

	it('fails naming the URL and the status after two retries of a 500', async () => {
		const { url, requests } = await serve(json('{"error":"down"}', 500));
		const failure = fetchRemoteSnapshots({ url, optional: false }, FAST);
		await expect(failure).rejects.toThrow(MetricsEndpointError);
		await expect(failure).rejects.toThrow(`Could not fetch metric snapshots from ${url}: HTTP 500 Internal Server Error (3 attempts)`);
		await expect(failure).rejects.toMatchObject({ status: 500, url });
		expect(requests).toHaveLength(3);
	});

	it('does not retry an answer that will not change, such as 404', async () => {
		const { url, requests } = await serve(json('{}', 404));
		await expect(fetchRemoteSnapshots({ url, optional: false }, FAST)).rejects.toThrow(`${url}: HTTP 404 Not Found`);
		expect(requests).toHaveLength(1);
	});

	it('succeeds when a retry gets an answer', async () => {
		let calls = 0;
		const { url } = await serve((request, response) => (++calls < 3 ? json('', 503)(request, response) : json(ANSWER)(request, response)));
		const { entries } = await fetchRemoteSnapshots({ url, optional: false }, FAST);
		expect(entries.map((entry) => entry.id)).toEqual(['2026-04-30']);
		expect(calls).toBe(3);
	});

	it('gives up on a server that never answers, after the timeout of each of three attempts', async () => {
		const { url, requests } = await serve(() => undefined);
		const started = Date.now();
		await expect(fetchRemoteSnapshots({ url, optional: false }, { timeoutMs: 150, retryDelayMs: 10 })).rejects.toThrow(
			`Could not fetch metric snapshots from ${url}: no complete answer within 0.15 s (3 attempts)`,
		);
		expect(requests).toHaveLength(3);
		expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 150);
	});

	it('fails on an answer that is not JSON', async () => {
		const { url } = await serve(json('<html>Bad gateway</html>'));
		await expect(fetchRemoteSnapshots({ url, optional: false }, FAST)).rejects.toThrow(`The answer of ${url} is not JSON`);
	});

	it('fails on JSON without a snapshots list', async () => {
		const { url } = await serve(json('[{"date":"2026-04-30","values":{}}]'));
		await expect(fetchRemoteSnapshots({ url, optional: false }, FAST)).rejects.toThrow('not an object with a "snapshots" list');
	});

	it('reports a snapshot that fails the schema at its line and field in the answer, and keeps the good ones', async () => {
		const bad = ANSWER.replace('"date": "2026-04-30"', '"date": "2026-04-31"').replace(
			'"snapshots": [',
			'"snapshots": [\n    { "date": "2026-05-31", "values": { "onboarding-days": 3 } },',
		);
		const { url } = await serve(json(bad));
		const { entries, problems } = await fetchRemoteSnapshots({ url, optional: false }, FAST);
		expect(entries.map((entry) => entry.id)).toEqual(['2026-05-31']);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: url, line: 5, column: 15, field: 'date', value: '2026-04-31' });
	});
});

describe('remoteSnapshots: the failure policy', () => {
	it('throws when the endpoint is required', async () => {
		const { url } = await serve(json('', 500));
		await expect(remoteSnapshots({ url, optional: false }, () => undefined, FAST)).rejects.toThrow(MetricsEndpointError);
	});

	it('warns and returns no snapshots when TRAILMAP_METRICS_OPTIONAL=1', async () => {
		const { url } = await serve(json('', 500));
		const warnings: string[] = [];
		expect(await remoteSnapshots({ url, optional: true }, (message) => warnings.push(message), FAST)).toEqual({
			entries: [],
			problems: [],
		});
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain(`${url}: HTTP 500`);
		expect(warnings[0]).toContain('metric values may be out of date');
	});
});

describe('fetched snapshots go through the content check', () => {
	it('reports unknown metrics, unknown teams and a day that a file already gives, at the URL', async () => {
		const answer = `{"snapshots": [
{"date": "2026-04-30", "values": {"developer-nsp": 20}, "teams": {"checkot": {"change-lead-time": 10}}},
{"date": "2026-01-31", "values": {"onboarding-days": 8}}
]}`;
		const { url } = await serve(json(answer));
		const remote = await fetchRemoteSnapshots({ url, optional: false }, FAST);
		const { problems } = await checkContent(FIXTURE, TODAY, { remoteSnapshots: remote });
		const fromUrl = problems.filter((problem) => problem.file === url);
		expect(fromUrl.map(({ line, field, message }) => ({ line, field, message }))).toEqual([
			{ line: 2, field: 'values.developer-nsp', message: 'no metric has the id "developer-nsp"' },
			{ line: 2, field: 'teams.checkot', message: 'no team has the id "checkot"' },
			{ line: 3, field: 'date', message: 'the snapshot date id "2026-01-31" is already used' },
		]);
	});

	it('accepts good fetched snapshots beside the files', async () => {
		const { url } = await serve(json(ANSWER));
		const remote = await fetchRemoteSnapshots({ url, optional: false }, FAST);
		const { problems, content } = await checkContent(FIXTURE, TODAY, { remoteSnapshots: remote });
		expect(problems).toEqual([]);
		expect(content.snapshots.map((snapshot) => snapshot.data.date)).toContain('2026-04-30');
	});
});
