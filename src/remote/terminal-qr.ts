/**
 * A QR code for a terminal: two rows of modules per line in half blocks (uqr's compact
 * Unicode), light on dark inverted as phones read best, with the quiet zone QR readers need.
 */
import { renderUnicodeCompact } from 'uqr';

export function terminalQr(text: string): string {
  return renderUnicodeCompact(text, { ecc: 'M', border: 2 });
}
