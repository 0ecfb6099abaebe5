/** The settings' schema: choices, defaults and validation. Pure, so unit tests and every context share it. */
import { isStyleId, type StyleId } from '../core/citation/ids.js';

/** Choices of each display setting, in the order the controls step through them. */
export const CHOICES = {
  theme: ['auto', 'light', 'sepia', 'dark'],
  font: ['serif', 'sans', 'legible'],
  /** Body text in CSS px. */
  size: [14, 16, 18, 20, 22, 24, 28, 32],
  /** Unitless line height. */
  lineHeight: [1.4, 1.5, 1.65, 1.8, 2],
  /** Column width in em of the body text: ~50 to ~85 characters a line. */
  width: [26, 30, 34, 40, 46],
} as const;

export type Theme = (typeof CHOICES.theme)[number];
export type Font = (typeof CHOICES.font)[number];
export type StepSetting = 'size' | 'lineHeight' | 'width';

/** Every setting with its default; the type is the schema (webext-options-sync's lesson). */
export const DEFAULTS: Settings = {
  theme: 'auto',
  font: 'serif',
  size: 20,
  lineHeight: 1.65,
  width: 34,
  /** The academic style used where no reuse licence calls for the CC attribution. */
  academicStyle: 'apa',
};

export interface Settings {
  theme: Theme;
  font: Font;
  size: (typeof CHOICES.size)[number];
  lineHeight: (typeof CHOICES.lineHeight)[number];
  width: (typeof CHOICES.width)[number];
  academicStyle: Exclude<StyleId, 'tasl'>;
}

const oneOf = <T>(list: readonly T[], value: unknown, fallback: T): T => (list.includes(value as T) ? (value as T) : fallback);

/**
 * Validates what storage holds, key by key: a corrupt, old or foreign value falls back to its default and
 * never breaks the view; unknown keys are dropped.
 */
export function validate(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const style = stored['academicStyle'];
  return {
    theme: oneOf(CHOICES.theme, stored['theme'], DEFAULTS.theme),
    font: oneOf(CHOICES.font, stored['font'], DEFAULTS.font),
    size: oneOf(CHOICES.size, stored['size'], DEFAULTS.size),
    lineHeight: oneOf(CHOICES.lineHeight, stored['lineHeight'], DEFAULTS.lineHeight),
    width: oneOf(CHOICES.width, stored['width'], DEFAULTS.width),
    academicStyle: isStyleId(style) && style !== 'tasl' ? style : DEFAULTS.academicStyle,
  };
}

/** The next value of a stepped setting, clamped at the ends. */
export function step<K extends StepSetting>(settings: Settings, key: K, by: 1 | -1): Settings[K] {
  const list = CHOICES[key] as unknown as readonly Settings[K][];
  const at = list.indexOf(settings[key]);
  return list[Math.min(list.length - 1, Math.max(0, at + by))] ?? settings[key];
}

/** The next theme, round the list. */
export const nextTheme = (theme: Theme): Theme => CHOICES.theme[(CHOICES.theme.indexOf(theme) + 1) % CHOICES.theme.length] ?? 'auto';

