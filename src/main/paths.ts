/** Where the built pieces sit relative to the built main script (dist/main/main.cjs). */
import { join } from 'node:path';

export function appPaths(mainDir: string) {
  return {
    renderer: join(mainDir, '..', 'renderer'),
    preload: join(mainDir, '..', 'preload', 'preload.cjs'),
  };
}
