/*
 * What the network the hall server runs on can likely hold, when the address tells (issue 18): the
 * hotspot address ranges that Windows, Android, iPhone and Linux (NetworkManager) hand out by
 * default, and their usual client limits. Guesses only: an access point or the office LAN says
 * nothing by its address, and then nothing is printed.
 */
export interface NetworkGuess {
  /** What the network probably is, in the terminal's words. */
  kind: 'hotspot-windows' | 'hotspot-phone' | 'hotspot-iphone' | 'hotspot-linux';
  /** Devices it usually carries at once. */
  capacity: number;
}

export function guessNetwork(address: string, interfaceName = ''): NetworkGuess | undefined {
  // This laptop shares its own connection (Windows Mobile Hotspot: 8 devices by default).
  if (address === '192.168.137.1') return { kind: 'hotspot-windows', capacity: 8 };
  // Linux NetworkManager's shared connection, or an interface named like an access point it made.
  if (/^10\.42\.0\.1$/.test(address) || /^(ap|uap)\d/.test(interfaceName)) return { kind: 'hotspot-linux', capacity: 10 };
  // The laptop is itself a client of a phone's hotspot (Android 192.168.43.x, iPhone 172.20.10.x).
  if (/^192\.168\.43\.\d+$/.test(address)) return { kind: 'hotspot-phone', capacity: 8 };
  if (/^172\.20\.10\.\d+$/.test(address)) return { kind: 'hotspot-iphone', capacity: 5 };
  return undefined;
}
