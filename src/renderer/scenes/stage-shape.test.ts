import { describe, expect, it } from 'vitest';
import { stageShape, stageStyle, TEXT_FLOOR_PX } from './stage-shape';

const size = (width: number, height: number) => {
  const shape = stageShape(width, height);
  return `${shape.family} ${shape.width}x${shape.height}`;
};
/** The share of the screen left to bars around the fitted stage. */
const bars = (width: number, height: number) => {
  const shape = stageShape(width, height);
  return 1 - (shape.width * shape.scale * shape.height * shape.scale) / (width * height);
};

describe('the stage’s size for a screen', () => {
  it('keeps 1920x1080 at 16:9 and 1080x1920 at 9:16, at any resolution', () => {
    expect(size(1920, 1080)).toBe('landscape 1920x1080');
    expect(size(1600, 900)).toBe('landscape 1920x1080');
    expect(size(1080, 1920)).toBe('portrait 1080x1920');
    expect(size(360, 640)).toBe('portrait 1080x1920');
    expect(stageShape(1600, 900).scale).toBeCloseTo(1600 / 1920);
  });

  it('grows taller for 16:10 and 4:3 screens, wider for portrait tablets, taller for phones', () => {
    expect(size(1280, 800)).toBe('landscape 1920x1200');
    expect(size(1024, 768)).toBe('landscape 1920x1440');
    expect(size(1000, 1000)).toBe('landscape 1920x1920');
    expect(size(768, 1024)).toBe('portrait 1440x1920');
    expect(size(800, 1280)).toBe('portrait 1200x1920');
    expect(size(390, 844)).toBe('portrait 1080x2337');
    expect(size(412, 915)).toBe('portrait 1080x2399');
  });

  it('fills every screen from 9:20 to 16:9 (bars under half a percent, from rounding alone); beyond, it letterboxes', () => {
    for (const [width, height] of [[1920, 1080], [1280, 800], [1024, 768], [1280, 1024], [1000, 1000], [900, 1000], [768, 1024], [800, 1280], [1080, 1920], [390, 844], [412, 915], [360, 800]] as const) {
      expect(bars(width, height), `${width}x${height}`).toBeLessThan(0.005);
    }
    expect(size(2560, 1080)).toBe('landscape 1920x1080');
    expect(bars(2560, 1080)).toBeGreaterThan(0.2);
    expect(size(300, 900)).toBe('portrait 1080x2400');
  });

  it('marks only an upright stage taller than 9:16 as tall', () => {
    expect(stageShape(390, 844).tall).toBe(true);
    expect(stageShape(1080, 1920).tall).toBe(false);
    expect(stageShape(768, 1024).tall).toBe(false);
    expect(stageShape(1024, 768).tall).toBe(false);
  });

  it('gives scenes the growth past 16:9 or 9:16, and on an upright stage the text floor in stage pixels', () => {
    expect(stageStyle(stageShape(1024, 768))).toEqual({ '--stage-width': '1920px', '--stage-height': '1440px', '--stage-taller': '360px', '--stage-wider': '0px' });
    const phone = stageShape(390, 844);
    const style = stageStyle(phone);
    expect(style['--stage-taller']).toBe('417px');
    // 16.5 px on the phone's screen is about 45.7 stage pixels at its scale of 390/1080.
    expect(parseFloat(style['--text-floor']!) * phone.scale).toBeGreaterThanOrEqual(TEXT_FLOOR_PX);
    expect(parseFloat(style['--text-floor']!)).toBeCloseTo(45.7, 1);
    // At 9:16 on a big screen the floor is far under every size the stage sets: nothing changes.
    expect(parseFloat(stageStyle(stageShape(1080, 1920))['--text-floor']!)).toBeLessThan(26);
  });
});
