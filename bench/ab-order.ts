/**
 * The order in which an A/B run measures its builds: every build once a round, the order reversed
 * every other round (ABBA), so neither build always goes first into a machine whose load drifts.
 */
export function abOrder<T>(builds: readonly T[], rounds: number): [round: number, build: T][] {
  return Array.from({ length: rounds }, (_, round) => (round % 2 === 0 ? builds : [...builds].reverse()).map((build) => [round, build] as [number, T])).flat();
}
