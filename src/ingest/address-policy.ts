import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { InputError } from '../errors.js';

/**
 * Which addresses the fetcher may reach: http(s) URLs without credentials, on public addresses only,
 * checked on the very addresses a socket connects to (so DNS rebinding cannot slip past).
 */

/**
 * True for every address that is not plain public unicast: loopback, private, link-local,
 * multicast, reserved, documentation and the like, in IPv4 and in every IPv6 form that can carry
 * an IPv4 address (mapped, translated, NAT64, 6to4, Teredo, the old IPv4-compatible ::a.b.c.d),
 * plus site-local. The ranges are ipaddr.js's (its IANA special-purpose registries), not a hand
 * list; a transition form is refused whole, whatever IPv4 address it carries. Not an address: true.
 */
export function isNonPublicAddress(address: string): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // A zone index (fe80::1%eth0) names an interface; the address is what is classified.
    parsed = ipaddr.process(address.replace(/%.*$/, ''));
  } catch {
    return true;
  }
  // ::/96 is the deprecated IPv4-compatible form, which ipaddr.js calls unicast.
  if (
    parsed.kind() === 'ipv6' &&
    parsed
      .toByteArray()
      .slice(0, 12)
      .every((b) => b === 0)
  )
    return true;
  return parsed.range() !== 'unicast';
}

/** The URL as a fetchable http(s) URL; an InputError naming it otherwise. */
export function httpUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new InputError('not a valid URL', 'give an absolute http:// or https:// URL', url);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new InputError(`${u.protocol} URLs are not fetched`, 'give an http:// or https:// URL', url);
  }
  if (u.username || u.password) {
    throw new InputError('URLs with credentials are not fetched', 'remove the user:password@ part', url);
  }
  return u;
}

/** The refusal of a URL whose host is a literal non-public address, or null. */
export function refusedLiteralAddress(url: URL): InputError | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) && isNonPublicAddress(host) ? nonPublic(url.toString(), host) : null;
}

/**
 * A DNS lookup for a socket that fails when any address of the name is non-public: the check runs
 * inside the socket's own lookup, so the address checked is the address used.
 */
export function publicOnlyLookup(where: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const bad = addresses.find((a) => isNonPublicAddress(a.address));
      if (bad) return callback(nonPublic(where, bad.address), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function nonPublic(where: string, address: string): InputError {
  return new InputError(
    `refused: ${address} is a non-public address (loopback, private or link-local)`,
    'fetch only public sites; set allowPrivate for intranet use',
    where,
  );
}
