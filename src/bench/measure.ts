import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Resident memory of a process and all its descendants, in bytes, read from /proc (Linux). */
function treeRssBytes(root: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const pid = Number(name);
			const parent = Number(fields[1]);
			children.set(parent, [...(children.get(parent) ?? []), pid]);
			rss.set(pid, Number(fields[21]) * 4096);
		} catch {
			// The process ended while we read it.
		}
	}
	let total = 0;
	const stack = [root];
	while (stack.length > 0) {
		const pid = stack.pop()!;
		total += rss.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** CPU seconds (user + system) of this process's children that have ended and been waited for, from /proc (Linux). */
function childrenCpuSeconds(): number {
	const stat = readFileSync('/proc/self/stat', 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// cutime and cstime, in clock ticks of USER_HZ, which Linux fixes at 100 for user space.
	return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Wall time, CPU time and peak resident memory of a command's whole process tree (memory sampled every 50 ms). */
export interface RunResult {
	seconds: number;
	/** User plus system time of the command and the descendants it waited for: steadier than wall time on a shared machine. */
	cpuSeconds: number;
	peakRssMb: number;
	output: string;
}

/** Runs a command to completion, failing with its output when it exits non-zero. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const cpuBefore = childrenCpuSeconds();
		const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		let peak = 0;
		const sampler = setInterval(() => (peak = Math.max(peak, treeRssBytes(child.pid!))), 50);
		child.on('close', (code) => {
			clearInterval(sampler);
			const seconds = (performance.now() - started) / 1000;
			if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
			else resolve({ seconds, cpuSeconds: childrenCpuSeconds() - cpuBefore, peakRssMb: peak / 2 ** 20, output });
		});
	});
}

/** Size of a file in KB (1024 bytes). */
export const sizeKb = (file: string) => statSync(file).size / 1024;

/** The median of a list of numbers; 0 for an empty list. */
export function median(values: number[]): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Client JavaScript a built page loads before anyone interacts: its external and inline module
 * scripts and their static imports, in KB. Dynamic imports (the search index, loaded on first
 * search) are not counted.
 */
export function pageScriptKb(dist: string, page: string): number {
	const html = readFileSync(path.join(dist, page), 'utf8');
	const seen = new Set<string>();
	let bytes = 0;
	const count = (code: string, dir: string) => {
		bytes += Buffer.byteLength(code);
		for (const match of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
			visit(match[1].startsWith('/') ? path.join(dist, match[1]) : path.resolve(dir, match[1]));
		}
	};
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		count(readFileSync(file, 'utf8'), path.dirname(file));
	};
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /\bsrc="([^"]+)"/.exec(match[1])?.[1];
		if (src) visit(path.join(dist, src));
		else if (!/type="application\/(ld\+)?json"/.test(match[1])) count(match[2], dist);
	}
	return bytes / 1024;
}
