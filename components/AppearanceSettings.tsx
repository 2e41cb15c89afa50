import { useEffect, useState } from 'preact/hooks';
import type { Messages } from '../locales/messages-for';
import { type LanguageChoice, languageSetting, type Theme, themeSetting } from '../storage';
import { t } from './messages';
import './settings.css';

const THEMES: { value: Theme; label: keyof Messages }[] = [
  { value: 'system', label: 'appearanceThemeSystem' },
  { value: 'light', label: 'appearanceThemeLight' },
  { value: 'dark', label: 'appearanceThemeDark' },
];

/** Each language named in itself, so a reader who cannot read the current one still finds their own. */
const LANGUAGES: { value: LanguageChoice; label: keyof Messages; lang?: string }[] = [
  { value: 'auto', label: 'appearanceLanguageAuto' },
  { value: 'en', label: 'appearanceLanguageEn', lang: 'en' },
  { value: 'vi', label: 'appearanceLanguageVi', lang: 'vi' },
];

/** Theme and language, saved as soon as they change; the pages watch both settings and follow. */
export function AppearanceSettings() {
  const [theme, setTheme] = useState<Theme>();
  const [choice, setChoice] = useState<LanguageChoice>();

  useEffect(() => {
    void themeSetting.getValue().then(setTheme);
    void languageSetting.getValue().then(setChoice);
  }, []);

  return (
    <section class="settings-section" aria-labelledby="appearance-title">
      <h2 id="appearance-title">{t.appearanceTitle}</h2>
      <fieldset class="settings-choices">
        <legend>{t.appearanceTheme}</legend>
        {THEMES.map(({ value, label }) => (
          <label key={value}>
            <input
              type="radio"
              name="theme"
              value={value}
              checked={theme === value}
              onChange={() => {
                setTheme(value);
                void themeSetting.setValue(value);
              }}
            />
            {t[label]}
          </label>
        ))}
      </fieldset>
      <fieldset class="settings-choices">
        <legend>{t.appearanceLanguage}</legend>
        {LANGUAGES.map(({ value, label, lang }) => (
          <label key={value}>
            <input
              type="radio"
              name="language"
              value={value}
              checked={choice === value}
              onChange={() => {
                setChoice(value);
                void languageSetting.setValue(value);
              }}
            />
            <span lang={lang}>{t[label]}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
