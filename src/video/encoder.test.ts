import { describe, expect, it } from 'vitest';
import { encoderInstallHint, encoderPath, segmentList } from './encoder.ts';

describe('segmentList', () => {
  it('starts each picture at its frame exact to the microsecond, never adding up rounding', () => {
    const list = segmentList(
      [
        { file: '/s/a.png', frames: 1 },
        { file: '/s/b.png', frames: 1 },
        { file: '/s/c.png', frames: 688 },
      ],
      30,
    );
    const durations = [...list.matchAll(/^duration (\S+)$/gm)].map(([, value]) => Number(value));
    expect(durations).toEqual([0.033333, 0.033334, 22.933333]);
    // Each start is the frame's own time rounded once: 1/30 s, 2/30 s, and the end at 690/30 = 23 s.
    expect(durations.reduce((sum, value) => sum + value, 0)).toBeCloseTo(23, 6);
  });

  it('names the last picture twice, since the concat demuxer gives the last entry no length', () => {
    const lines = segmentList([{ file: '/s/a.png', frames: 5 }], 10).trim().split('\n');
    expect(lines).toEqual(['ffconcat version 1.0', "file '/s/a.png'", 'duration 0.500000', "file '/s/a.png'"]);
  });
});

describe('a path with a quote', () => {
  it('is escaped as ffmpeg reads it', () => {
    expect(segmentList([{ file: "/tmp/it's/a.png", frames: 1 }], 10)).toContain("file '/tmp/it'\\''s/a.png'");
  });
});

describe('encoderPath', () => {
  it('takes FFMPEG_PATH first, then Homebrew’s on a Mac (a Dock-started app has no shell PATH), else the PATH’s', () => {
    expect(encoderPath({ FFMPEG_PATH: '/x/ffmpeg' }, 'darwin', () => true)).toBe('/x/ffmpeg');
    expect(encoderPath({}, 'darwin', (path) => path === '/usr/local/bin/ffmpeg')).toBe('/usr/local/bin/ffmpeg');
    expect(encoderPath({}, 'darwin', () => true)).toBe('/opt/homebrew/bin/ffmpeg');
    expect(encoderPath({}, 'darwin', () => false)).toBe('ffmpeg');
    expect(encoderPath({}, 'linux', () => true)).toBe('ffmpeg');
  });

  it('says how to install it on each system', () => {
    expect(encoderInstallHint('linux')).toMatch(/apt-get install ffmpeg/);
    expect(encoderInstallHint('darwin')).toMatch(/brew install ffmpeg/);
    expect(encoderInstallHint('win32')).toMatch(/winget install/);
  });
});
