import type { APIRoute, GetStaticPaths } from 'astro';
import { socialCardAt, socialImages } from '../../domain/views/social.ts';
import { siteContent } from '../../lib/site-model.ts';
import { socialCardPng } from '../../lib/social-image.ts';

export const getStaticPaths = (async () =>
	socialImages(await siteContent()).map(({ path }) => ({ params: { path } }))) satisfies GetStaticPaths;

/** /social/<collection>/<id>.png: the entry page's Open Graph image, rendered at build without a browser. */
export const GET: APIRoute = async ({ params }) => {
	const svg = socialCardAt(await siteContent(), params.path!);
	if (!svg) return new Response(null, { status: 404 });
	return new Response(new Uint8Array(socialCardPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
