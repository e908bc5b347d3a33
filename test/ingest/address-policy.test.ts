import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isNonPublicAddress } from '../../src/ingest/address-policy.js';
import { Fetcher } from '../../src/ingest/fetcher.js';

describe('isNonPublicAddress: every spelling of a non-public address', () => {
  it('refuses IPv6 forms that carry a loopback or private IPv4 address', () => {
    for (const address of [
      '::7f00:1', // IPv4-compatible 127.0.0.1
      '::127.0.0.1',
      '::ffff:0:7f00:1', // IPv4-translated (SIIT) 127.0.0.1
      '::ffff:7f00:1', // IPv4-mapped, hex spelling
      '0:0:0:0:0:ffff:127.0.0.1',
      '64:ff9b::7f00:1', // NAT64 127.0.0.1
      '64:ff9b:1::a00:1', // local-use NAT64
      '2002:7f00:1::', // 6to4 over 127.0.0.1
      '2002:c0a8:101::1', // 6to4 over 192.168.1.1
      '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo
      'fec0::1', // site-local
      'fe80::1%eth0',
      '::',
      '::1',
      'fd00::1',
      'ff02::1',
      '2001:db8::1',
      '100::1',
    ]) {
      assert.equal(isNonPublicAddress(address), true, address);
    }
  });

  it('refuses the IPv4 special-purpose blocks and accepts public addresses of both families', () => {
    for (const address of [
      '0.1.2.3',
      '10.0.0.1',
      '100.64.0.1',
      '127.9.9.9',
      '169.254.169.254',
      '172.31.0.1',
      '192.0.0.8',
      '192.0.2.1',
      '192.168.0.1',
      '198.18.0.1',
      '198.51.100.7',
      '203.0.113.9',
      '224.0.0.1',
      '240.0.0.1',
      '255.255.255.255',
    ]) {
      assert.equal(isNonPublicAddress(address), true, address);
    }
    for (const address of [
      '1.1.1.1',
      '93.184.216.34',
      '2606:4700:4700::1111',
      '2a00:1450:4001:80b::200e',
      '::ffff:8.8.8.8',
    ]) {
      assert.equal(isNonPublicAddress(address), false, address);
    }
    assert.equal(isNonPublicAddress('not an address'), true);
  });

  it('refuses a URL whose host is such an IPv6 literal before any request', async () => {
    for (const host of ['[::7f00:1]', '[::ffff:0:7f00:1]', '[2002:7f00:1::]', '[fec0::1]']) {
      await assert.rejects(
        new Fetcher({ perHostDelayMs: 0, timeoutMs: 2000 }).get(`http://${host}:9/x`),
        /non-public address/,
        host,
      );
    }
  });
});
