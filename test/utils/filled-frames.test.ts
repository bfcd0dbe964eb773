import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearTabSession, readFilledFrames, writeFilledFrames } from '../../utils/tab-session';

describe('frames that filled a tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are remembered per tab for the undo, and forgotten with the tab', async () => {
    await writeFilledFrames(3, [{ frameId: 0, origin: 'https://portail.example.fr' }, { frameId: 7, origin: 'https://formulaire.example.fr' }]);
    await writeFilledFrames(4, [{ frameId: 0, origin: 'https://autre.example.fr' }]);
    expect((await readFilledFrames(3)).map((frame) => frame.frameId)).toEqual([0, 7]);
    await clearTabSession(3);
    expect(await readFilledFrames(3)).toEqual([]);
    expect(await readFilledFrames(4)).toHaveLength(1);
  });

  it('an empty list leaves nothing stored', async () => {
    await writeFilledFrames(5, [{ frameId: 2, origin: 'https://formulaire.example.fr' }]);
    await writeFilledFrames(5, []);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
