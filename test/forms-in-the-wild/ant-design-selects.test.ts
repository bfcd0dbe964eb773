// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, planOf } from './mount-form';

/**
 * Ant Design's Select (rc-select), as it renders: the box people see is `.ant-select-selector`;
 * its <input type="search" role="combobox"> is read-only and transparent unless the select is
 * searchable; pressing the selector opens a popup at the end of the page. The popup's
 * role="listbox" is an accessibility copy shown at 0×0, holding only the options around the
 * active one; the options people click are `.ant-select-item-option` beside it, with no role.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

function antSelect(id: string, label: string, searchable: boolean): string {
  const input = `<input type="search" id="${id}" autocomplete="off" class="ant-select-selection-search-input" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-owns="${id}_list" aria-autocomplete="list" aria-controls="${id}_list"${searchable ? '' : ' readonly unselectable="on" style="opacity: 0;"'} value="">`;
  return `<div class="ant-form-item"><div class="ant-row ant-form-item-row">
    <div class="ant-col ant-form-item-label"><label for="${id}" title="${label}">${label}</label></div>
    <div class="ant-col ant-form-item-control"><div class="ant-select ant-select-outlined ant-select-single${searchable ? ' ant-select-show-search' : ''}">
      <div class="ant-select-selector"><span class="ant-select-selection-search">${input}</span><span class="ant-select-selection-placeholder">Sélectionnez</span></div>
      <span class="ant-select-arrow" aria-hidden="true" unselectable="on"><span role="img" aria-label="down" class="anticon anticon-down"></span></span>
    </div></div></div></div>`;
}

/** rc-select's behaviour: open on a press of the selector (or typing, when searchable), filter as
 *  one types, select on a click of a visible item, show the choice in the selector, close. A single
 *  select ignores Backspace; with allowClear, a cross beside the choice clears it. */
function behaveAsRcSelect(id: string, options: string[], allowClear = false): void {
  const input = document.getElementById(id) as HTMLInputElement;
  const select = input.closest('.ant-select')!;
  const selector = select.querySelector('.ant-select-selector')!;
  let popup: HTMLElement | null = null;
  const close = () => {
    popup?.classList.add('ant-select-dropdown-hidden');
    popup?.setAttribute('style', 'display: none');
    input.setAttribute('aria-expanded', 'false');
  };
  const render = () => {
    const shown = options.filter((option) => option.toLowerCase().includes(input.value.toLowerCase()));
    popup ??= document.body.appendChild(document.createElement('div'));
    popup.className = 'ant-select-dropdown ant-select-dropdown-placement-bottomLeft';
    popup.setAttribute('style', 'min-width: 300px; left: 20px; top: 120px;');
    // The copy for screen readers: only the active option and its neighbours, and nothing to click.
    popup.innerHTML = `<div><div role="listbox" id="${id}_list" style="height: 0px; width: 0px; overflow: hidden;">
        ${shown.slice(0, 2).map((option, index) => `<div role="option" id="${id}_list_${index}" aria-selected="false" aria-label="${option}">${option}</div>`).join('')}</div>
      <div class="rc-virtual-list" style="position: relative;"><div class="rc-virtual-list-holder"><div class="rc-virtual-list-holder-inner">
        ${shown.map((option) => `<div aria-selected="false" class="ant-select-item ant-select-item-option" title="${option}"><div class="ant-select-item-option-content">${option}</div><span class="ant-select-item-option-state" unselectable="on" aria-hidden="true"></span></div>`).join('')}
      </div></div></div></div>`;
    input.setAttribute('aria-expanded', 'true');
    popup.querySelectorAll('.ant-select-item-option').forEach((item) =>
      item.addEventListener('click', () => {
        selector.querySelector('.ant-select-selection-placeholder, .ant-select-selection-item')?.remove();
        selector.insertAdjacentHTML('beforeend', `<span class="ant-select-selection-item" title="${item.getAttribute('title')}">${item.getAttribute('title')}</span>`);
        input.value = '';
        close();
        if (allowClear && !select.querySelector('.ant-select-clear')) {
          select.insertAdjacentHTML('beforeend', '<span class="ant-select-clear" unselectable="on" aria-hidden="true"><span role="img" aria-label="close-circle" class="anticon anticon-close-circle"></span></span>');
          select.querySelector('.ant-select-clear')!.addEventListener('mousedown', () => {
            selector.querySelector('.ant-select-selection-item')?.remove();
            selector.insertAdjacentHTML('beforeend', '<span class="ant-select-selection-placeholder">Sélectionnez</span>');
            select.querySelector('.ant-select-clear')?.remove();
          });
        }
      }),
    );
  };
  selector.addEventListener('mousedown', () => (input.getAttribute('aria-expanded') === 'true' ? close() : render()));
  input.addEventListener('input', render);
}

const shown = (id: string) => document.getElementById(id)!.closest('.ant-select-selector')!.textContent!.trim();

const JOBS = ['Agent de quai', 'Cariste', 'Chauffeur livreur', 'Préparateur de commandes'];
const LEVELS = ['Sans diplôme', 'CAP / BEP', 'Bac', 'Bac +2', 'Bac +3 et plus'];

describe('Ant Design selects', () => {
  it('chooses the job sought in a select whose box is a transparent read-only search input', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form class="ant-form ant-form-vertical">${antSelect('metier', 'Métier recherché', false)}</form>`;
    behaveAsRcSelect('metier', JOBS);
    const { report } = await fillForm(document, cariste, context);
    expect(shown('metier')).toBe('Cariste');
    expect(report.filled).toContain('jobTitle');
  });

  it('chooses the education level among options the accessibility copy does not even hold', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form class="ant-form ant-form-vertical">${antSelect('niveau', 'Niveau d’études', false)}</form>`;
    behaveAsRcSelect('niveau', LEVELS);
    const plan = planOf({ ...cariste, education: [{ degree: 'BTS Gestion des transports et logistique associée', school: null, end: '2015' }] });
    const { report } = await fillForm(document, plan, context);
    expect(shown('niveau')).toBe('Bac +2');
    expect(report.filled).toContain('educationLevel');
  });

  it('types the job into a searchable select and clicks the item it keeps; undo clears it with the cross', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form class="ant-form ant-form-vertical">${antSelect('poste', 'Poste recherché', true)}</form>`;
    behaveAsRcSelect('poste', JOBS, true);
    const { report, undo } = await fillForm(document, cariste, context);
    expect(shown('poste')).toBe('Cariste');
    expect(report.filled).toContain('jobTitle');
    await undo();
    expect(shown('poste')).toBe('Sélectionnez');
    expect(report.notRestored).toBeUndefined();
  });

  it('says undo could not take the choice back from a searchable select without a cross', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form class="ant-form ant-form-vertical">${antSelect('poste', 'Poste recherché', true)}</form>`;
    behaveAsRcSelect('poste', JOBS);
    const { report, undo } = await fillForm(document, cariste, context);
    expect(shown('poste')).toBe('Cariste');
    await undo();
    expect(report.notRestored).toEqual(['jobTitle']);
  });
});
