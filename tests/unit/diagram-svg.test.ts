import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { cleanDiagramSvg, namedSvg, scopedCss } from '../../src/domain/diagram-svg.ts';
import { liveScript } from './live-script.ts';

const HOSTILE = `<svg id="m1" viewBox="0 0 10 10" onload="alert(1)" aria-roledescription="flowchart-v2">
<style>#m1 .node{fill:red}#m1{font-family:arial}body{display:none}#m1 .x, .y{color:red}@import url(https://evil.example/x.css);@keyframes dash{to{opacity:0}}#m1 .bg{background:url(https://evil.example/p.png)}</style>
<script>alert(2)</script>
<a href="javascript:alert(3)"><text>link</text></a>
<g class="node" onclick="alert(4)"><rect width="5" height="5" style="fill:url(https://evil.example/t)"/><text>Label</text></g>
<use href="https://evil.example/s.svg#x"/><use href="#marker"/>
<image href="https://evil.example/i.png"/>
<foreignObject><div><span>ok</span><iframe src="https://evil.example"></iframe><img src=x onerror="alert(5)"></div></foreignObject>
<switch><text>fallback</text></switch>
</svg>`;

describe('the diagram policy', () => {
	const clean = cleanDiagramSvg(fromHtml(HOSTILE, { fragment: true }))!;
	const html = toHtml(clean);

	it('leaves nothing that runs script, loads from elsewhere or styles the rest of the page', () => {
		const tree = fromHtml(html, { fragment: true });
		// A <style> that styles only inside its own diagram is allowed; liveScript flags every <style>, so count them apart.
		expect(liveScript(tree).filter((finding) => finding !== '<style>')).toEqual([]);
		expect(html).not.toContain('evil.example');
		expect(html).not.toContain('alert');
	});

	it('keeps the drawing, its labels and its own scoped styles', () => {
		expect(html).toContain('<text>Label</text>');
		expect(html).toContain('<span>ok</span>');
		expect(html).toContain('<use href="#marker">');
		expect(html).toContain('<switch>');
		expect(scopedCss('#m1 .node{fill:red}body{x:y}#m1 .a, .b{c:d}@keyframes k{to{opacity:0}}', 'm1')).toBe('#m1 .node{fill:red}');
		expect(html).toContain('#m1 .node{fill:red}#m1{font-family:arial}');
	});

	it('names the diagram with a title and description of its own', () => {
		const named = toHtml(namedSvg(clean, 'd1', 'Journey: how it feels', 'Each step scored 1 to 5.'));
		expect(named).toContain('role="img" aria-labelledby="d1-title" aria-describedby="d1-desc"');
		expect(named).toContain('<title id="d1-title">Journey: how it feels</title><desc id="d1-desc">Each step scored 1 to 5.</desc>');
	});
});
