import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { lineChart, sparkline, valueTicks } from '../../src/domain/charts/line-chart.ts';
import { dateTicks, dayNumber, linearScale, niceTicks } from '../../src/domain/charts/scale.ts';
import { element, escapeXml } from '../../src/domain/charts/svg.ts';

/** Every element of a parsed SVG, depth first. */
function elements(node: Root | Element): Element[] {
	return node.children.flatMap((child) => (child.type === 'element' ? [child, ...elements(child)] : []));
}

/** The chart parsed as a browser would parse it inside a page. */
const parse = (svg: string) => elements(fromHtml(svg, { fragment: true }));
const withClass = (nodes: Element[], name: string) =>
	nodes.filter((node) => Array.isArray(node.properties.className) && node.properties.className.includes(name));
const textOf = (node: Element): string =>
	node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join('');

describe('scales', () => {
	it('maps a domain linearly onto a range, and an empty domain to its middle', () => {
		const y = linearScale([0, 100], [200, 0]);
		expect([y(0), y(25), y(100)]).toEqual([200, 150, 0]);
		expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
	});

	it('picks round ticks that cover the values', () => {
		expect(niceTicks(52, 70, 4)).toEqual([50, 55, 60, 65, 70]);
		expect(niceTicks(0.29, 1.11, 4)).toEqual([0.25, 0.5, 0.75, 1, 1.25]);
		expect(niceTicks(99.89, 99.95, 4)).toEqual([99.88, 99.9, 99.92, 99.94, 99.96]);
		expect(niceTicks(20, 20, 4)).toEqual([18, 19, 20, 21, 22]);
		expect(niceTicks(-12, 30, 4)).toEqual([-20, 0, 20, 40]);
	});

	it('keeps value ticks within what the metric can take', () => {
		// A percentage near 100 never gets a tick past 100.
		expect(valueTicks([96, 99.5], { min: 0, max: 100 })).toEqual([96, 97, 98, 99, 100]);
		expect(valueTicks([1, 3], { min: 0 })).toEqual([1, 1.5, 2, 2.5, 3]);
	});

	it('counts days in UTC', () => {
		expect(dayNumber('1970-01-02')).toBe(1);
		expect(dayNumber('2026-03-01') - dayNumber('2026-02-28')).toBe(1);
	});

	it('puts date ticks on the first of months, with the year where it changes', () => {
		const ticks = dateTicks(dayNumber('2026-02-28'), dayNumber('2026-10-31'), 6);
		expect(ticks.map((tick) => tick.label)).toEqual(['Mar', 'May', 'Jul', 'Sep']);
		expect(ticks.map((tick) => tick.year)).toEqual(['2026', undefined, undefined, undefined]);
		expect(ticks[0].day).toBe(dayNumber('2026-03-01'));
		const years = dateTicks(dayNumber('2021-11-30'), dayNumber('2026-11-30'), 6);
		expect(years.map((tick) => tick.label)).toEqual(['2022', '2023', '2024', '2025', '2026']);
		const crossing = dateTicks(dayNumber('2026-11-15'), dayNumber('2027-02-15'), 6);
		expect(crossing.map((tick) => [tick.label, tick.year])).toEqual([
			['Dec', '2026'],
			['Jan', '2027'],
			['Feb', undefined],
		]);
		expect(dateTicks(dayNumber('2026-11-02'), dayNumber('2026-11-23'), 6).map((tick) => tick.label)).toEqual(['Nov 5', 'Nov 12', 'Nov 19']);
	});
});

describe('SVG text', () => {
	it('escapes text and attribute values', () => {
		expect(escapeXml(`<script>"a" & 'b'</script>`)).toBe('&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;');
		expect(element('text', { class: 'x" onload="alert(1)' }, { text: '</svg><script>alert(1)</script>' })).toBe(
			'<text class="x&quot; onload=&quot;alert(1)">&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;</text>',
		);
	});
});

const POINTS = [
	{ date: '2026-03-31', value: 12, samples: 140 },
	{ date: '2026-06-30', value: 16, samples: 150 },
	{ date: '2026-09-30', value: 21, samples: 226 },
];

describe('lineChart', () => {
	const svg = lineChart({
		id: 'nps',
		title: 'Developer <NPS> & "friends"',
		description: 'From 2026-03-31 to 2026-09-30.',
		points: POINTS,
		target: 30,
		bands: [
			{ label: 'great</text><script>alert(1)</script>', min: 20 },
			{ label: 'fine', min: 10, max: 20 },
		],
		limits: { min: -100, max: 100 },
		format: (value) => `${value > 0 ? '+' : ''}${value}`,
	})!;
	const nodes = parse(svg);

	it('is an image with its title and description, and no script whatever the labels say', () => {
		const root = nodes[0];
		expect(root.tagName).toBe('svg');
		expect(root.properties.role).toBe('img');
		expect(root.properties.ariaLabelledBy).toEqual(['nps-title', 'nps-desc']);
		expect(textOf(nodes.find((node) => node.tagName === 'title')!)).toBe('Developer <NPS> & "friends"');
		expect(nodes.some((node) => node.tagName === 'script')).toBe(false);
		expect(withClass(nodes, 'tm-chart-band-label').map(textOf)).toContain('great</text><script>alert(1)</script>');
	});

	it('has round value ticks covering the values and the target, each a grid line', () => {
		expect(withClass(nodes, 'tm-chart-tick').map(textOf).slice(0, 5)).toEqual(['+10', '+15', '+20', '+25', '+30']);
		expect(withClass(nodes, 'tm-chart-grid')).toHaveLength(5);
	});

	it('places the points by date and value: first and last at the edges of the plot, the middle in proportion', () => {
		const dots = withClass(nodes, 'tm-chart-point');
		// The plot runs from 19% (after the value labels) to 97%; June 30 is 91 of the 183 days.
		expect(dots.map((dot) => dot.properties.cx)).toEqual(['19%', `${Math.round((19 + (91 / 183) * 78) * 100) / 100}%`, '97%']);
		// Ticks 10..30 map onto 222..20 px: 12 is at 222 - 2/20 * 202.
		expect(dots.map((dot) => Number(dot.properties.cy))).toEqual([201.8, 161.4, 110.9]);
		expect(withClass(nodes, 'tm-chart-line')).toHaveLength(2);
	});

	it('shades each band between its bounds, clipped to the axis', () => {
		const bands = nodes.filter((node) => node.tagName === 'rect');
		// "great" runs from 20 up, past the axis: from the top (20) to y(20) = 121; "fine" from y(20) to y(10) = 222.
		expect(bands.map((band) => [band.properties.y, band.properties.height])).toEqual([
			['20', '101'],
			['121', '101'],
		]);
		expect(bands.map((band) => [band.properties.x, band.properties.width])).toEqual([
			['16%', '84%'],
			['16%', '84%'],
		]);
	});

	it('draws the target as a labelled line, and n under each survey point', () => {
		const target = withClass(nodes, 'tm-chart-target')[0];
		expect([target.properties.y1, target.properties.y2]).toEqual(['20', '20']);
		expect(withClass(nodes, 'tm-chart-label').map(textOf)).toEqual(['Target +30']);
		expect(withClass(nodes, 'tm-chart-n').map(textOf)).toEqual(['n=140', 'n=150', 'n=226']);
	});

	it('merges bands with the same bounds into one, labelled with both names', () => {
		const merged = parse(
			lineChart({
				id: 'r',
				title: 'Recovery',
				description: '',
				points: [
					{ date: '2026-01-31', value: 3 },
					{ date: '2026-02-28', value: 0.5 },
				],
				bands: [
					{ label: 'elite', max: 1 },
					{ label: 'high', min: 1, max: 24 },
					{ label: 'medium', min: 1, max: 24 },
				],
				format: String,
			})!,
		);
		expect(merged.filter((node) => node.tagName === 'rect')).toHaveLength(2);
		expect(withClass(merged, 'tm-chart-band-label').map(textOf)).toEqual(['elite', 'high, medium']);
	});

	it('leaves the labels of target, bands and n out of small multiples', () => {
		const small = parse(
			lineChart({
				id: 's',
				title: 's',
				description: '',
				points: POINTS,
				target: 30,
				bands: [{ label: 'great', min: 20 }],
				format: String,
				compact: true,
			})!,
		);
		expect(withClass(small, 'tm-chart-target')).toHaveLength(1);
		expect([...withClass(small, 'tm-chart-label'), ...withClass(small, 'tm-chart-band-label'), ...withClass(small, 'tm-chart-n')]).toEqual(
			[],
		);
	});

	it('draws nothing without points, and a single point in the middle', () => {
		expect(lineChart({ id: 'x', title: '', description: '', points: [], format: String })).toBeUndefined();
		const single = parse(lineChart({ id: 'x', title: 'x', description: '', points: [POINTS[0]], format: String })!);
		expect(withClass(single, 'tm-chart-point')[0].properties.cx).toBe('58%');
	});
});

describe('sparkline', () => {
	it('is a small labelled image of the values and the target', () => {
		const nodes = parse(sparkline({ label: 'Trend of <NPS>', points: POINTS, target: 30 })!);
		expect(nodes[0].properties).toMatchObject({ role: 'img', ariaLabel: 'Trend of <NPS>' });
		// Values 12..30 onto 28..4 px, dates onto 4..116 px.
		expect(nodes.find((node) => node.tagName === 'polyline')?.properties.points).toBe('4,28 59.7,22.7 116,16');
		expect(sparkline({ label: 'x', points: [POINTS[0]] })).toBeUndefined();
	});
});
