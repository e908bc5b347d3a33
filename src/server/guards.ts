import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { HttpError } from './errors.js';
import type { ServerOptions } from './options.js';

/** Names a loopback server always answers to; anything else must be listed (DNS rebinding). */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1'];

/**
 * Every page's headers: a CSP that runs no script at all and loads styles and images only from the
 * server itself, no framing, no MIME sniffing, no referrer sent to the sites articles link to.
 * HSTS is left out: the server speaks plain HTTP on loopback.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: false,
  });
}

/** A host name as URL.hostname writes it, without IPv6 brackets, lower case. */
function bareHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/**
 * Answers only requests whose Host is a loopback name or one of `allowed` ('*': any). A page on
 * evil.example that rebinds its name to 127.0.0.1 still sends `Host: evil.example`, so it is refused.
 */
export function hostGuard(allowed: readonly string[]): MiddlewareHandler {
  const hosts = new Set([...LOOPBACK_HOSTS, ...allowed].map(bareHost));
  return async (c, next) => {
    if (hosts.has('*')) return next();
    const host = bareHost(new URL(c.req.url).hostname);
    if (!hosts.has(host)) {
      throw new HttpError(
        421,
        `this server does not answer for host "${host}"`,
        'open it by a loopback address, or start dossier serve with --allowed-hosts NAME',
      );
    }
    return next();
  };
}

/**
 * Refuses a state-changing or CPU-heavy request (anything but GET, HEAD, OPTIONS) sent by a page of
 * another origin: a browser sends a plain-text POST from any site without asking, but always says
 * where it comes from (Origin, Sec-Fetch-Site). Origins allowed by `--cors` may.
 */
export function originGuard(corsOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(corsOrigins);
  return async (c, next) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) return next();
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const own = new URL(c.req.url).origin;
    // A form posted under `Referrer-Policy: no-referrer` says `Origin: null`: then Sec-Fetch-Site,
    // which no page can set, must say the post came from this server's own page.
    const opaque = origin === 'null';
    const foreign =
      origin && !opaque
        ? origin !== own && !allowed.has(origin)
        : opaque
          ? site !== 'same-origin'
          : site === 'cross-site';
    if (foreign) {
      throw new HttpError(
        403,
        `requests from ${origin ?? 'another site'} are not accepted`,
        'call the API from this server’s own pages, a script, or an origin allowed with --cors',
      );
    }
    return next();
  };
}

/** Compares two secrets in time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * The gate of the CPU-heavy routes (analyze, verify): with a token they need `Authorization: Bearer
 * TOKEN`; without one they are off unless the server was started with `--allow-analyze`.
 */
export function analysisGate(options: Pick<ServerOptions, 'token' | 'allowAnalyze'>): MiddlewareHandler {
  return async (c, next) => {
    if (options.token) {
      const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim() ?? '';
      if (!sameSecret(given, options.token)) {
        c.header('WWW-Authenticate', 'Bearer realm="dossier"');
        throw new HttpError(
          401,
          'this route needs the server’s token',
          'send the header "Authorization: Bearer TOKEN" with the token given to dossier serve',
        );
      }
      return next();
    }
    if (!options.allowAnalyze) {
      throw new HttpError(
        403,
        'analysis routes are off on this server',
        'start dossier serve with --token TOKEN (or DOSSIER_TOKEN) or with --allow-analyze',
      );
    }
    return next();
  };
}

/**
 * Limits a request body to `maxBytes` while it streams in: a declared Content-Length past the limit is
 * refused before any of the body is read, and a chunked body as soon as it passes the limit.
 */
export function bodyLimited(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HttpError(413, 'request body too large', `send at most ${maxBytes} bytes`);
    },
  });
}
