import { type ComponentChild, render } from 'preact';
import { profile } from '../publisher/profile';
import { type LanguageChoice, languageSetting, type Theme, themeSetting } from '../storage';
import { chooseLanguage, language } from './messages';

/** The last language and theme seen, kept where a page can read them before its first paint. */
const REMEMBERED = 'appearance';

interface Appearance {
  language: LanguageChoice;
  theme: Theme;
}

function remembered(): Appearance {
  try {
    return { language: 'auto', theme: 'system', ...JSON.parse(localStorage.getItem(REMEMBERED) ?? '{}') };
  } catch {
    return { language: 'auto', theme: 'system' };
  }
}

function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/**
 * Renders a page's root in the reader's chosen language and theme, titled with the publisher's name, and renders it
 * again when the reader changes either. The first paint uses the choice this browser last saw, so the stories do not
 * wait for the settings to be read; the settings then correct it when they differ.
 */
export function mountPage(root: () => ComponentChild): Promise<void> {
  const container = document.getElementById('app') as HTMLElement;
  let shown = remembered();
  const show = (appearance: Appearance) => {
    applyTheme(appearance.theme);
    if (appearance.language !== shown.language || !container.firstChild) {
      chooseLanguage(appearance.language);
      document.documentElement.lang = language;
      document.title = profile.name;
      // Strings are read while rendering: rendering the tree again reads them anew, and keeps what the reader typed.
      render(root(), container);
    }
    shown = appearance;
  };
  // What the settings say is remembered for the next page's first paint; the first paint itself writes nothing.
  const follow = (appearance: Appearance) => {
    show(appearance);
    localStorage.setItem(REMEMBERED, JSON.stringify(appearance));
  };
  show(shown);
  themeSetting.watch((theme) => follow({ ...shown, theme }));
  languageSetting.watch((chosen) => follow({ ...shown, language: chosen }));
  return Promise.all([languageSetting.getValue(), themeSetting.getValue()]).then(([chosen, theme]) =>
    follow({ language: chosen, theme }),
  );
}
