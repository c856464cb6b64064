import { ingestMetrics } from '../src/lib/ingest-metrics.ts';

/** Computes metric values from event, survey or catalog files and merges them into a snapshot; see the README. */
process.exitCode = await ingestMetrics(process.argv.slice(2), {
	out: (line) => console.log(line),
	err: (line) => console.error(line),
});
