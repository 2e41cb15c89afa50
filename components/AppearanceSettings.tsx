import { useEffect, useState } from 'preact/hooks';
import type { Messages } from '../locales/messages-for';
import { type LanguageChoice, languageSetting, type Theme, themeSetting } from '../storage';
import { t } from './messages';
import './settings.css';

interface Choice<T> {
  value: T;
  label: keyof Messages;
  /** The language the label is written in, when it is not the page's. */
  lang?: string;
}

const THEMES: Choice<Theme>[] = [
  { value: 'system', label: 'appearanceThemeSystem' },
  { value: 'light', label: 'appearanceThemeLight' },
  { value: 'dark', label: 'appearanceThemeDark' },
];

/** Each language named in itself, so a reader who cannot read the current one still finds their own. */
const LANGUAGES: Choice<LanguageChoice>[] = [
  { value: 'auto', label: 'appearanceLanguageAuto' },
  { value: 'en', label: 'appearanceLanguageEn', lang: 'en' },
  { value: 'vi', label: 'appearanceLanguageVi', lang: 'vi' },
];

/** One setting's choices as radio buttons. */
function Choices<T extends string>(props: {
  legend: string;
  name: string;
  choices: Choice<T>[];
  chosen: T | undefined;
  onChoose(value: T): void;
}) {
  return (
    <fieldset class="settings-choices">
      <legend>{props.legend}</legend>
      {props.choices.map(({ value, label, lang }) => (
        <label key={value}>
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.chosen === value}
            onChange={() => props.onChoose(value)}
          />
          <span lang={lang}>{t[label]}</span>
        </label>
      ))}
    </fieldset>
  );
}

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
      <Choices
        legend={t.appearanceTheme}
        name="theme"
        choices={THEMES}
        chosen={theme}
        onChoose={(value) => {
          setTheme(value);
          void themeSetting.setValue(value);
        }}
      />
      <Choices
        legend={t.appearanceLanguage}
        name="language"
        choices={LANGUAGES}
        chosen={choice}
        onChoose={(value) => {
          setChoice(value);
          void languageSetting.setValue(value);
        }}
      />
    </section>
  );
}
