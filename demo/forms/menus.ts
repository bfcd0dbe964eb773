// Custom select menus, the two ways component libraries build them, with no native <select> behind:
// - "aria" (the WAI-ARIA select-only combobox, Headless UI's Listbox): a click opens the list that sits
//   beside the box, with a "Choisir…" option first;
// - "portal" (MUI's Select): opens on mousedown, its list added at the end of the page only while open,
//   the box named after its label and itself, a zero-width space in it while nothing is chosen.
// Both work with the keyboard (Enter, Space or arrows open; arrows move; Enter chooses; Escape
// closes) and close on a click elsewhere.
import { exposeFormState } from '../shared/expose-form-state';

interface ProfileState {
  nom: string;
  prenom: string;
  /** The job chosen in the menu, or "". */
  metier: string;
  permis: string;
  langue: string;
  niveau: string;
  cv: string;
}

const JOBS = [
  'Agent / Agente de propreté et d’hygiène',
  'Aide à domicile',
  'Aide-soignant / Aide-soignante',
  'Cariste',
  'Conducteur / Conductrice de poids lourd',
  'Employé / Employée de libre-service',
  'Préparateur / Préparatrice de commandes',
  'Serveur / Serveuse en restauration',
];
const LICENCES = ['AM - Cyclomoteur', 'A - Moto', 'B - Véhicule léger', 'C - Poids lourd', 'D - Transport en commun'];
const LEVELS = ['A1 - Débutant', 'A2 - Élémentaire', 'B1 - Intermédiaire', 'B2 - Avancé', 'C1 - Autonome', 'C2 - Maîtrise'];

const state: ProfileState = { nom: '', prenom: '', metier: '', permis: '', langue: '', niveau: '', cv: '' };

function element<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function menu(box: HTMLElement, entries: string[], onChoose: (value: string) => void): void {
  const portal = box.dataset.style === 'portal';
  const placeholder = 'Choisir…';
  const texts = portal ? entries : [placeholder, ...entries];
  let list: HTMLElement | null = portal ? null : element(`${box.id}-liste`);
  let chosen = '';
  let active = -1;

  const show = () => {
    if (chosen) box.textContent = chosen;
    else if (portal) box.textContent = '\u200b';
    else box.innerHTML = `<span class="placeholder">${placeholder}</span>`;
  };
  const close = () => {
    box.setAttribute('aria-expanded', 'false');
    box.removeAttribute('aria-activedescendant');
    if (portal) {
      list?.remove();
      list = null;
      box.removeAttribute('aria-controls');
    } else {
      list!.hidden = true;
    }
  };
  const choose = (index: number) => {
    chosen = portal || index > 0 ? texts[index]! : '';
    onChoose(chosen);
    show();
    close();
    box.focus();
  };
  const highlight = (index: number) => {
    active = index;
    [...list!.children].forEach((option, position) => option.classList.toggle('active', position === index));
    box.setAttribute('aria-activedescendant', `${box.id}-option-${index}`);
  };
  const open = () => {
    if (portal) {
      list = document.createElement('ul');
      list.id = `${box.id}-liste`;
      list.className = 'menu-list';
      list.setAttribute('role', 'listbox');
      list.setAttribute('aria-labelledby', `${box.id}-label`);
      const place = box.getBoundingClientRect();
      list.style.left = `${place.left + window.scrollX}px`;
      list.style.top = `${place.bottom + window.scrollY}px`;
      document.body.append(list);
      box.setAttribute('aria-controls', list.id);
    }
    list!.replaceChildren(
      ...texts.map((text, index) => {
        const option = document.createElement(portal ? 'li' : 'div');
        option.id = `${box.id}-option-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(text === chosen));
        option.textContent = text;
        option.addEventListener('click', () => choose(index));
        return option;
      }),
    );
    list!.hidden = false;
    box.setAttribute('aria-expanded', 'true');
    highlight(Math.max(0, texts.indexOf(chosen)));
  };
  const isOpen = () => box.getAttribute('aria-expanded') === 'true';
  const toggle = () => (isOpen() ? close() : open());

  if (portal) {
    box.addEventListener('mousedown', (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      box.focus();
      toggle();
    });
  } else {
    box.addEventListener('click', toggle);
  }
  box.addEventListener('keydown', (event) => {
    if (!isOpen() && ['Enter', ' ', 'ArrowDown', 'ArrowUp'].includes(event.key)) {
      event.preventDefault();
      open();
    } else if (isOpen() && event.key === 'ArrowDown') {
      event.preventDefault();
      highlight(Math.min(texts.length - 1, active + 1));
    } else if (isOpen() && event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(Math.max(0, active - 1));
    } else if (isOpen() && event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && isOpen()) {
      close();
    }
  });
  document.addEventListener('mousedown', (event) => {
    const target = event.target as Node;
    if (isOpen() && !box.contains(target) && !list?.contains(target)) close();
  });
  show();
}

menu(element('metier'), JOBS, (value) => {
  state.metier = value;
});
menu(element('permis'), LICENCES, (value) => {
  state.permis = value;
});
menu(element('niveau'), LEVELS, (value) => {
  state.niveau = value;
});

const form = element<HTMLFormElement>('profil');
const onField = (event: Event) => {
  const field = event.target;
  if (field instanceof HTMLSelectElement && field.name === 'langue') state.langue = field.value;
  if (!(field instanceof HTMLInputElement)) return;
  if (field.type === 'file') {
    state.cv = field.files?.[0]?.name ?? '';
    element('cv-nom').textContent = state.cv ? `Fichier choisi : ${state.cv}` : 'Aucun fichier choisi.';
  } else if (field.name === 'nom' || field.name === 'prenom') {
    state[field.name] = field.value;
  }
};
form.addEventListener('input', onField);
form.addEventListener('change', onField);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  element('etat-enregistre').textContent = JSON.stringify(state, null, 2);
  element('enregistre').hidden = false;
});

exposeFormState(() => state);
