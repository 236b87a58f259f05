/**
 * The address phones on the same network reach this machine by: a private IPv4 address of a
 * network interface that is up (10/8, 172.16/12, 192.168/16). Never a public address: the
 * remote is for the room, never the internet, so a machine with only a public address gets
 * no LAN address and the remote says so instead of listening there.
 */
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export function isPrivateIPv4(address: string): boolean {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return false;
  const [a, b] = parts as [number, number, number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** The first private IPv4 address among these interfaces (by name: a wired or Wi-Fi interface before a VM's bridge), or null. */
export function lanAddress(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string | null {
  const names = Object.keys(interfaces).sort((a, b) => bridgeLike(a) - bridgeLike(b) || a.localeCompare(b));
  for (const name of names) {
    for (const info of interfaces[name] ?? []) {
      if (info.family === 'IPv4' && !info.internal && isPrivateIPv4(info.address)) return info.address;
    }
  }
  return null;
}

/** Virtual machines' and containers' bridges come last: phones are not on them. */
function bridgeLike(name: string): number {
  return /^(docker|br-|veth|virbr|vmnet|vboxnet|utun|tun|tap)/i.test(name) ? 1 : 0;
}
