// Loopback-only routes for the reliability browser tests (Koa middleware for web-test-runner).
// Paths start with /__reliability/ so nothing else is touched.
import { readFileSync } from 'node:fs';

const fixture = readFileSync(new URL('../../fixtures/small.json', import.meta.url), 'utf8');
const pages = new URL('../../pages/', import.meta.url);

/** The strict policy a publisher page can use; see docs/reliability.md, "Content-Security-Policy". */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Requests per name to /__reliability/counted/<name>.json, for tests that must see how often the element fetched. */
const counts = new Map();

export async function reliabilityMiddleware(ctx, next) {
  const path = ctx.path;
  if (!path.startsWith('/__reliability/')) return next();
  const route = path.slice('/__reliability/'.length);
  if (route.startsWith('counted/')) {
    const name = route.slice('counted/'.length);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 0)));
    ctx.set('content-type', 'application/json');
    ctx.body = fixture;
    return;
  }
  if (route.startsWith('count/')) {
    ctx.set('content-type', 'application/json');
    ctx.body = JSON.stringify(counts.get(route.slice('count/'.length)) ?? 0);
    return;
  }
  switch (route) {
    case 'small.json':
      ctx.set('content-type', 'application/json');
      ctx.body = fixture;
      return;
    case 'small-cors.json':
      // Served without Access-Control-Allow-Origin: readable only from the same origin.
      ctx.set('content-type', 'application/json');
      ctx.body = fixture;
      return;
    case 'hang.json':
      // Never answers within the test's timeout; the answer comes after 5 s, long after the test gave up.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      ctx.status = 504;
      return;
    case 'html':
      ctx.set('content-type', 'text/html');
      ctx.body = '<!doctype html><p>Not data</p>';
      return;
    case 'csp.html':
    case 'csp-tt-none.html': {
      const policy = route === 'csp.html' ? STRICT_CSP : STRICT_CSP.replace('trusted-types lit-html', "trusted-types 'none'");
      ctx.set('content-security-policy', policy);
      ctx.set('content-type', 'text/html; charset=utf-8');
      ctx.body = readFileSync(new URL('csp.html', pages), 'utf8');
      return;
    }
    default:
      ctx.status = 404;
  }
}
