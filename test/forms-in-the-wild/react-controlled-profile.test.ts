// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createElement as h, useState, type ChangeEvent } from 'react';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, planOf } from './mount-form';
import { mountReact } from './mount-react';

/**
 * A profile form written with React itself (not a look-alike): every box controlled by state, the
 * licence question a controlled radio pair whose "Oui" reveals controlled category boxes, and the
 * state the page would send shown as JSON. What counts is React's state, not the boxes: after the
 * fill it holds the values, after undo it is as before.
 */
interface Profile { prenom: string; nom: string; email: string; metier: string; competences: string; permis: string; categories: string[] }
const empty: Profile = { prenom: '', nom: '', email: '', metier: '', competences: '', permis: '', categories: [] };

function ProfileForm() {
  const [profile, setProfile] = useState<Profile>(empty);
  const text = (key: 'prenom' | 'nom' | 'email' | 'metier', label: string, type = 'text') =>
    h('div', { key }, h('label', { htmlFor: key }, label), h('input', { id: key, name: key, type, value: profile[key], onChange: (event: ChangeEvent<HTMLInputElement>) => setProfile((state) => ({ ...state, [key]: event.target.value })) }));
  const radio = (value: string, label: string) =>
    h('label', { key: value }, h('input', { type: 'radio', name: 'permis', value, checked: profile.permis === value, onChange: (event: ChangeEvent<HTMLInputElement>) => setProfile((state) => ({ ...state, permis: event.target.checked ? value : '' })) }), ` ${label}`);
  const category = (code: string) =>
    h('label', { key: code }, h('input', {
      type: 'checkbox', name: 'categories', value: code, checked: profile.categories.includes(code),
      onChange: (event: ChangeEvent<HTMLInputElement>) => setProfile((state) => ({ ...state, categories: event.target.checked ? [...state.categories, code] : state.categories.filter((other) => other !== code) })),
    }), ` Permis ${code}`);
  return h('form', null,
    text('prenom', 'Prénom'), text('nom', 'Nom'), text('email', 'Courriel', 'email'), text('metier', 'Métier recherché'),
    h('div', null, h('label', { htmlFor: 'competences' }, 'Compétences'), h('textarea', { id: 'competences', name: 'competences', value: profile.competences, onChange: (event: ChangeEvent<HTMLTextAreaElement>) => setProfile((state) => ({ ...state, competences: event.target.value })) })),
    h('fieldset', null, h('legend', null, 'Avez-vous le permis de conduire ?'), radio('oui', 'Oui'), radio('non', 'Non')),
    profile.permis === 'oui' ? h('fieldset', { id: 'categories' }, h('legend', null, 'Catégories'), ['B', 'C', 'CE'].map(category)) : null,
    h('pre', { id: 'state' }, JSON.stringify(profile)));
}

const mount = () => mountReact(h(ProfileForm));

const state = (): Profile => JSON.parse(document.getElementById('state')!.textContent!) as Profile;

describe('a profile form controlled by React', () => {
  it('leaves React’s state holding what the fill wrote and ticked', async () => {
    await mount();
    await fillForm(document, planOf({ ...cariste, softSkills: [] }), context);
    expect(state()).toEqual({
      prenom: 'Mickaël', nom: 'FONTAINE', email: 'mickael.fontaine59@gmail.com', metier: 'Cariste',
      competences: 'utiliser un chariot élévateur\npréparer des commandes', permis: 'oui', categories: ['B', 'C'],
    });
  });

  it('puts React’s state back as it was after undo, the categories hidden again', async () => {
    await mount();
    const outcome = await fillForm(document, planOf({ ...cariste, softSkills: [] }), context);
    await outcome.undo();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state()).toEqual(empty);
    expect(document.getElementById('categories')).toBeNull();
  });
});
