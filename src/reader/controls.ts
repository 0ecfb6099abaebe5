import { CHOICES, DEFAULTS, step, type Settings, type StepSetting } from '../browser/settings-schema.js';
import { t, uiLanguage, type MessageKey } from '../browser/i18n.js';
import { h } from './dom.js';

export interface SettingsForm {
  element: HTMLElement;
  /** Shows settings changed elsewhere (another tab, the options page). */
  update(settings: Settings): void;
}

const THEME_LABELS = { auto: 'themeAuto', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' } as const satisfies Record<Settings['theme'], MessageKey>;
const FONT_LABELS = { serif: 'fontSerif', sans: 'fontSans', legible: 'fontLegible' } as const satisfies Record<Settings['font'], MessageKey>;
const STEP_LABELS = { size: 'textSize', lineHeight: 'lineHeight', width: 'width' } as const satisfies Record<StepSetting, MessageKey>;

/**
 * Words for a symbol button, read out after the symbol: the accessible name then contains the visible
 * label (WCAG 2.5.3), so voice users can say what they see.
 */
export function hiddenLabel(doc: Document, words: string): HTMLElement {
  return h(doc, 'span', { class: 'rc-visually-hidden' }, ` ${words}`);
}

function shown(key: StepSetting, value: number): string {
  const n = value.toLocaleString(uiLanguage());
  return key === 'size' ? `${n} px` : key === 'width' ? `${n} em` : n;
}

/**
 * The display settings as a form: radio groups for theme and font (arrow keys move within a group),
 * smaller/larger button pairs with the value between them for size, spacing and width, and a reset.
 * The reader's panel and the options page both use it; `onChange` gets only what changed.
 */
export function createSettingsForm(doc: Document, initial: Settings, onChange: (patch: Partial<Settings>) => void, idPrefix = 'rc'): SettingsForm {
  let current = initial;
  const radios = <K extends 'theme' | 'font'>(key: K, labels: Record<Settings[K], MessageKey>) => {
    const inputs = new Map<Settings[K], HTMLInputElement>();
    const fieldset = h(doc, 'fieldset', { class: `rc-choice rc-${key}` }, h(doc, 'legend', {}, t(key === 'theme' ? 'theme' : 'font')));
    for (const value of CHOICES[key] as unknown as readonly Settings[K][]) {
      const id = `${idPrefix}-${key}-${value}`;
      const input = h(doc, 'input', { type: 'radio', name: `${idPrefix}-${key}`, id, value });
      input.addEventListener('change', () => {
        if (input.checked) onChange({ [key]: value });
      });
      inputs.set(value, input);
      fieldset.append(h(doc, 'span', { class: 'rc-option' }, input, h(doc, 'label', { for: id, 'data-value': value }, t(labels[value]))));
    }
    return { fieldset, sync: (s: Settings) => inputs.forEach((input, value) => (input.checked = value === s[key])) };
  };

  const stepper = (key: StepSetting) => {
    const labelId = `${idPrefix}-${key}-label`;
    const name = t(STEP_LABELS[key]);
    const less = h(doc, 'button', { type: 'button', class: 'rc-step rc-less' }, '−', hiddenLabel(doc, t('decrease', name)));
    const more = h(doc, 'button', { type: 'button', class: 'rc-step rc-more' }, '+', hiddenLabel(doc, t('increase', name)));
    const value = h(doc, 'output', { class: 'rc-value', 'aria-live': 'polite' });
    less.addEventListener('click', () => onChange({ [key]: step(current, key, -1) }));
    more.addEventListener('click', () => onChange({ [key]: step(current, key, 1) }));
    const group = h(doc, 'div', { class: `rc-stepper rc-${key}`, role: 'group', 'aria-labelledby': labelId }, h(doc, 'span', { id: labelId, class: 'rc-step-label' }, name), less, value, more);
    const list = CHOICES[key] as readonly number[];
    return {
      group,
      sync: (s: Settings) => {
        value.textContent = shown(key, s[key]);
        // At either end the button stays focusable (focus is not lost) but says it does nothing.
        less.setAttribute('aria-disabled', String(s[key] === list[0]));
        more.setAttribute('aria-disabled', String(s[key] === list.at(-1)));
      },
    };
  };

  const theme = radios('theme', THEME_LABELS);
  const font = radios('font', FONT_LABELS);
  const steppers = (['size', 'lineHeight', 'width'] as const).map(stepper);
  const reset = h(doc, 'button', { type: 'button', class: 'rc-button rc-reset' }, t('reset'));
  reset.addEventListener('click', () => {
    onChange({ theme: DEFAULTS.theme, font: DEFAULTS.font, size: DEFAULTS.size, lineHeight: DEFAULTS.lineHeight, width: DEFAULTS.width });
  });
  const element = h(doc, 'div', { class: 'rc-settings-form' }, theme.fieldset, font.fieldset, ...steppers.map((s) => s.group), reset);
  const update = (s: Settings) => {
    current = s;
    theme.sync(s);
    font.sync(s);
    steppers.forEach((st) => st.sync(s));
  };
  update(initial);
  return { element, update };
}
