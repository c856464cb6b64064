import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './astro-site.ts';

/** The smallest complete content folder. */
export const FIXTURE = path.join(ROOT, 'tests/fixtures/minimal');

/** A content folder copied into a new temporary folder, with edits that fail loudly when the text they expect is gone. */
export class ContentCopy {
	/** The temporary folder: the content sits in content/, and builds may put their output and caches beside it. */
	readonly work = mkdtempSync(path.join(tmpdir(), 'trailmap-build-'));
	readonly dir = path.join(this.work, 'content');

	constructor(source = FIXTURE) {
		cpSync(source, this.dir, { recursive: true });
	}

	/** A path beside the content, for a build's output or cache. */
	beside(name: string): string {
		return path.join(this.work, name);
	}

	/** Replaces the first `from` in a file. */
	replace(file: string, from: string, to: string): void {
		const text = readFileSync(path.join(this.dir, file), 'utf8');
		if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
		this.write(file, text.replace(from, to));
	}

	write(file: string, text: string): void {
		writeFileSync(path.join(this.dir, file), text);
	}

	rename(from: string, to: string): void {
		renameSync(path.join(this.dir, from), path.join(this.dir, to));
	}

	remove(file: string): void {
		rmSync(path.join(this.dir, file));
	}

	/** Deletes the temporary folder with everything built in it. */
	dispose(): void {
		rmSync(this.work, { recursive: true, force: true });
	}
}
