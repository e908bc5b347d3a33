import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { InputError } from '../errors.js';

/**
 * Which addresses the fetcher may reach: http(s) URLs without credentials, on public addresses only,
 * checked on the very addresses a socket connects to (so DNS rebinding cannot slip past).
 */

/** Addresses that are not the public internet (RFC 6890 special-purpose blocks). */
const NON_PUBLIC = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NON_PUBLIC.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
  ['100::', 64],
] as const) {
  NON_PUBLIC.addSubnet(net, bits, 'ipv6');
}

/** True for loopback, private, link-local, multicast, reserved and documentation addresses (IPv4-mapped IPv6 too). */
export function isNonPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return NON_PUBLIC.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return NON_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
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
