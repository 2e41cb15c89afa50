import { screen, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../../components/messages';
import { mountPage } from '../../../components/mount-page';
import { languageSetting, themeSetting } from '../../../storage';

function Greeting() {
  return (
    <>
      <p>{t.refresh}</p>
      <input aria-label="typed" />
    </>
  );
}

describe('mounting a page', () => {
  beforeEach(() => {
    localStorage.clear();
    document.body.innerHTML = '<div id="app"></div>';
  });
  afterEach(() => {
    render(null, document.getElementById('app') as HTMLElement);
    delete document.documentElement.dataset.theme;
  });

  it('paints at once in the language and theme last seen, before the settings are read', () => {
    localStorage.setItem('appearance', JSON.stringify({ language: 'vi', theme: 'dark' }));
    void mountPage(() => <Greeting />);
    expect(screen.getByText('Làm mới')).toBeTruthy();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('follows the settings once read, and again whenever the reader changes them, keeping what was typed', async () => {
    await languageSetting.setValue('vi');
    await themeSetting.setValue('light');
    await mountPage(() => <Greeting />);
    expect(screen.getByText('Làm mới')).toBeTruthy();
    expect(document.documentElement.dataset.theme).toBe('light');

    const typed = screen.getByRole('textbox', { name: 'typed' }) as HTMLInputElement;
    typed.value = 'https://tinnhanh.example/feed';
    typed.focus();
    await languageSetting.setValue('en');
    await themeSetting.setValue('system');
    await waitFor(() => expect(screen.getByText('Refresh')).toBeTruthy());
    await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
    expect(JSON.parse(localStorage.getItem('appearance') ?? '')).toEqual({ language: 'en', theme: 'system' });
    // What the reader was typing, and where, survive the change of language.
    expect(screen.getByRole('textbox', { name: 'typed' })).toBe(typed);
    expect(typed.value).toBe('https://tinnhanh.example/feed');
    expect(document.activeElement).toBe(typed);
  });
});
