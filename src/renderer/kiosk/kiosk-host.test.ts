import { describe, expect, it } from 'vitest';
import { urlWithoutKiosk } from './kiosk-host';

describe('leaving a kiosk in a browser', () => {
  it('drops the kiosk, every kiosk setting, the mode and the place, and keeps the rest', () => {
    expect(urlWithoutKiosk('https://example.org/story/index.html?kiosk&idle=90&exit=Control%2BAlt%2BX&pin=2468&lock&advisory=off&start=the-scar&lang=en&cursor=5&mode=scroll&motion=reduced#/the-scar/1')).toBe(
      'https://example.org/story/index.html?motion=reduced',
    );
  });
});
