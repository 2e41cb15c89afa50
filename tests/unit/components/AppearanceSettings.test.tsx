import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AppearanceSettings } from '../../../components/AppearanceSettings';
import { languageSetting, themeSetting } from '../../../storage';

const radio = (label: string) => screen.getByRole('radio', { name: label }) as HTMLInputElement;

describe('the appearance settings', () => {
  it('start from the system’s theme and the browser’s language', async () => {
    render(<AppearanceSettings />);
    await waitFor(() => expect(radio('Same as the system').checked).toBe(true));
    expect(radio('Automatic (the browser’s language)').checked).toBe(true);
    expect(screen.getByRole('group', { name: 'Theme' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
  });

  it('show the saved choices', async () => {
    await themeSetting.setValue('dark');
    await languageSetting.setValue('vi');
    render(<AppearanceSettings />);
    await waitFor(() => expect(radio('Dark').checked).toBe(true));
    expect(radio('Tiếng Việt').checked).toBe(true);
  });

  it('save a theme and a language as soon as they are chosen', async () => {
    render(<AppearanceSettings />);
    await waitFor(() => expect(radio('Same as the system').checked).toBe(true));
    fireEvent.click(radio('Light'));
    fireEvent.click(radio('Tiếng Việt'));
    await waitFor(async () => expect(await themeSetting.getValue()).toBe('light'));
    await waitFor(async () => expect(await languageSetting.getValue()).toBe('vi'));
    fireEvent.click(radio('English'));
    await waitFor(async () => expect(await languageSetting.getValue()).toBe('en'));
  });

  it('name each language in that language, marked as such', () => {
    render(<AppearanceSettings />);
    expect(screen.getByText('Tiếng Việt').getAttribute('lang')).toBe('vi');
    expect(screen.getByText('English').getAttribute('lang')).toBe('en');
  });
});
