import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectIntoOpenTabs } from '../../utils/site-access';

// A counsellor enables the site of the form in front of them: that open tab must work at once,
// without a reload that would lose what was typed.
describe('enabling a site with its pages already open', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects the content script into every open tab of the site, and passes over a tab that refuses', async () => {
    const tabs = [
      { id: 4, url: 'https://candidat.example.fr/profil' },
      { id: 9, url: 'https://candidat.example.fr/cv' },
      { url: 'https://candidat.example.fr/sans-id' },
    ];
    const query = vi.fn(async () => tabs);
    (fakeBrowser.tabs as unknown as { query: typeof query }).query = query;
    const executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
      if (target.tabId === 9) throw new Error('Cannot access contents of the page');
      return [];
    });
    (fakeBrowser as unknown as { scripting: { executeScript: typeof executeScript } }).scripting = { executeScript };

    expect(await injectIntoOpenTabs('https://candidat.example.fr/*')).toBe(1);
    expect(query).toHaveBeenCalledWith({ url: 'https://candidat.example.fr/*' });
    expect(executeScript.mock.calls.map(([options]) => options)).toEqual([
      { target: { tabId: 4, allFrames: true }, files: ['/content-scripts/content.js'] },
      { target: { tabId: 9, allFrames: true }, files: ['/content-scripts/content.js'] },
    ]);
  });
});
