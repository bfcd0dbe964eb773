// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isShownByStyle } from '../../lib/fill/find-controls';
import { framesNotEnabled } from '../../utils/fill-frames';
import { framesInSight, otherSiteFrames } from '../../utils/other-site-frames';

describe('otherSiteFrames', () => {
  // happy-dom loads no frame and says so on its console for each one: expected here.
  it('lists the origins of frames of other sites, once each, not the page\'s own nor blank frames', () => {
    document.body.innerHTML = `
      <iframe src="https://formulaires.prestataire.example/profil?id=1"></iframe>
      <iframe src="https://formulaires.prestataire.example/etape-2"></iframe>
      <iframe src="${location.origin}/aide.html"></iframe>
      <iframe src="about:blank"></iframe>
      <iframe srcdoc="<p>aide</p>" src="https://aide.example.org/"></iframe>
      <iframe src="https://video.example.com/embed/42" style="display:none"></iframe>`;
    expect(otherSiteFrames(document, isShownByStyle)).toEqual(['https://formulaires.prestataire.example']);
  });

  it('finds a frame inside an open shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<iframe src="http://localhost:8080/form"></iframe>';
    expect(otherSiteFrames(document, isShownByStyle)).toEqual(['http://localhost:8080']);
  });
});

describe('framesNotEnabled', () => {
  it('keeps only the sites the user has not enabled', async () => {
    const enabled = async (url: string) => url.startsWith('https://formulaires.prestataire.example/');
    expect(await framesNotEnabled(['https://formulaires.prestataire.example', 'https://autre.example.org'], enabled)).toEqual(['https://autre.example.org']);
  });
});

describe('framesInSight', () => {
  it('tells the frames a person can see from those kept out of sight, whatever their site', () => {
    document.body.innerHTML = `
      <iframe src="https://formulaires.prestataire.example/profil"></iframe>
      <iframe src="https://piege.example/profil" style="opacity:0"></iframe>
      <div style="visibility:hidden"><iframe src="${location.origin}/cache.html"></iframe></div>`;
    const sight = framesInSight(document, isShownByStyle);
    expect(sight.shown).toEqual(['https://formulaires.prestataire.example/profil']);
    expect(sight.hidden).toEqual(['https://piege.example/profil', `${location.origin}/cache.html`]);
  });
});
