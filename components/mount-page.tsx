import { type ComponentChild, render } from 'preact';
import { profile } from '../publisher/profile';
import { languageSetting, type Theme, themeSetting } from '../storage';
import { chooseLanguage, language } from './messages';

function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/**
 * Renders a page's root in the reader's chosen language and theme, titled with the publisher's name, and renders it
 * again when the reader changes either in the options.
 */
export async function mountPage(root: () => ComponentChild): Promise<void> {
  const container = document.getElementById('app') as HTMLElement;
  const [choice, theme] = await Promise.all([languageSetting.getValue(), themeSetting.getValue()]);
  applyTheme(theme);
  const show = () => {
    document.documentElement.lang = language;
    document.title = profile.name;
    render(root(), container);
  };
  chooseLanguage(choice);
  show();
  themeSetting.watch(applyTheme);
  languageSetting.watch((chosen) => {
    chooseLanguage(chosen);
    // Strings are read while rendering: a fresh tree reads them all again.
    render(null, container);
    show();
  });
}
