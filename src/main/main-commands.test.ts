import { describe, expect, it } from 'vitest';
import { parseSyncMessage, SequenceFilter } from '../shared/sync';
import { MAIN_SENDER, MainCommands } from './main-commands';

describe('commands from main', () => {
  it('are sync messages the audience accepts, in order', () => {
    const commands = new MainCommands();
    const audience = new SequenceFilter('audience-page');
    const first = commands.message({ type: 'toggle-play' });
    const second = commands.message({ type: 'toggle-play' });
    expect(first).toEqual({ kind: 'command', command: { type: 'toggle-play' }, sender: MAIN_SENDER, role: 'presenter', seq: 0 });
    for (const message of [first, second]) {
      expect(parseSyncMessage(message)).toEqual(message);
      expect(audience.accept(message)).toBe(true);
    }
    expect(audience.accept(first)).toBe(false);
  });
});
