import { z } from 'astro/zod';

/** How a non-finite number reads in a message: NaN, Infinity or -Infinity, as YAML's .nan and .inf or CSV's NaN are read. */
const nameOf = (value: number) => (Number.isNaN(value) ? 'NaN' : String(value));

/**
 * A number that is neither NaN nor ±Infinity, naming which one was written: zod alone would only say
 * "expected number" of a value that is a number to JavaScript. `hint` says what to write instead.
 */
export const finiteNumber = (hint: string) =>
	z.preprocess((value, ctx) => {
		if (typeof value === 'number' && !Number.isFinite(value)) {
			ctx.addIssue({ code: 'custom', message: `the value ${nameOf(value)} is not a measurement`, input: value, params: { hint } });
		}
		return value;
	}, z.number());

/** A measured value; NaN and Infinity never describe a measurement. */
export const MeasurementSchema = finiteNumber('write the measured value as a plain number, such as 42.5, or leave the metric out');
