/** One cell of a CSV line: its text without the quotes, and the column (1-based) it starts at. */
export interface CsvCell {
	value: string;
	column: number;
}

/** What is wrong with the quoting of a CSV line, at its column. */
export interface CsvLineError {
	column: number;
	message: string;
	hint: string;
}

/**
 * Splits one CSV line (RFC 4180 quoting: "a, b" and "" for a quote). A quote opens a quoted cell
 * only at the start of the cell, after optional spaces; elsewhere it is an ordinary character.
 */
export function splitCsvLine(line: string): { cells: CsvCell[]; error?: CsvLineError } {
	const cells: CsvCell[] = [];
	let offset = 0;
	for (;;) {
		const column = offset + 1;
		const start = offset;
		while (line[offset] === ' ' || line[offset] === '\t') offset++;
		if (line[offset] === '"') {
			const quote = offset;
			let value = '';
			offset++;
			for (;;) {
				if (offset >= line.length) {
					return {
						cells,
						error: {
							column: quote + 1,
							message: 'this quote is not closed on its line',
							hint: 'end the value with a quote; a snapshot value never spans lines',
						},
					};
				}
				if (line[offset] === '"' && line[offset + 1] === '"') {
					value += '"';
					offset += 2;
				} else if (line[offset] === '"') {
					offset++;
					break;
				} else {
					value += line[offset++];
				}
			}
			while (line[offset] === ' ' || line[offset] === '\t') offset++;
			if (offset < line.length && line[offset] !== ',') {
				return {
					cells,
					error: {
						column: offset + 1,
						message: 'there is text after the closing quote of this cell',
						hint: 'put the whole value inside the quotes, and write a quote inside it as ""',
					},
				};
			}
			cells.push({ value, column });
		} else {
			const comma = line.indexOf(',', offset);
			offset = comma === -1 ? line.length : comma;
			cells.push({ value: line.slice(start, offset), column });
		}
		if (offset >= line.length) return { cells };
		offset++;
	}
}
