import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isPrivateIPv4, lanAddress } from './lan-address';

const v4 = (address: string, internal = false) => ({ address, family: 'IPv4', internal, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;

describe('the LAN address', () => {
  it('knows the private ranges and nothing else', () => {
    for (const address of ['10.0.0.2', '172.16.4.1', '172.31.255.1', '192.168.1.20']) expect(isPrivateIPv4(address)).toBe(true);
    for (const address of ['8.8.8.8', '172.32.0.1', '172.15.0.1', '127.0.0.1', '192.169.0.1', '100.64.0.1', 'fe80::1', '10.0.0']) expect(isPrivateIPv4(address)).toBe(false);
  });

  it('takes a private address of a real interface, before a virtual bridge, never loopback or public', () => {
    expect(lanAddress({ lo: [v4('127.0.0.1', true)], docker0: [v4('172.17.0.1')], wlan0: [v4('192.168.1.20')] })).toBe('192.168.1.20');
    expect(lanAddress({ lo: [v4('127.0.0.1', true)], eth0: [v4('203.0.113.5')] })).toBeNull();
    expect(lanAddress({})).toBeNull();
  });
});
