import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { demoTitles } from '../support/serve-demo';
import { useExtension } from '../support/use-extension';

const chromiumPath = inject('chromiumPath');
const demoProfile = JSON.parse(readFileSync('tests/fixtures/demo/profile.json', 'utf8'));
const POPUP = { width: 380, height: 600 };

describe.skipIf(!chromiumPath)('the popup of the installed extension', () => {
  const under = useExtension();

  it('lists every story of the feed, each as a link, once installed', async () => {
    const popup = await under.extension.open('popup.html', POPUP);
    for (const title of demoTitles()) {
      await popup.getByRole('link', { name: title }).waitFor();
    }
    expect(await popup.getByRole('button', { name: 'Refresh' }).isVisible()).toBe(true);
    expect(under.server.requests.some((request) => request.path === '/feed.xml')).toBe(true);
    await popup.close();
  });

  it('shows the disclaimer verbatim and the Email, Telegram and Call now shortcuts', async () => {
    const popup = await under.extension.open('popup.html', POPUP);
    await popup.getByText(demoProfile.disclaimer.en, { exact: true }).waitFor();
    const { email, telegram, phone } = demoProfile.contacts;
    expect(await popup.getByRole('link', { name: 'Email' }).getAttribute('href')).toBe(`mailto:${email}`);
    expect(await popup.getByRole('link', { name: 'Telegram' }).getAttribute('href')).toBe(`https://t.me/${telegram}`);
    expect(await popup.getByRole('link', { name: 'Call now' }).getAttribute('href')).toBe(`tel:${phone}`);
    await popup.close();
  });

  it('keeps listing the saved stories and says Offline when the network is gone', async () => {
    await under.extension.context.setOffline(true);
    try {
      const popup = await under.extension.open('popup.html', POPUP);
      await popup.getByText('Offline').first().waitFor();
      for (const title of demoTitles()) {
        await popup.getByRole('link', { name: title }).waitFor();
      }
      await popup.close();
    } finally {
      await under.extension.context.setOffline(false);
    }
  });

  it('offers the same stories in the side panel page and a feed address on the options page', async () => {
    const panel = await under.extension.open('sidepanel.html');
    await panel.getByRole('link', { name: demoTitles()[0] }).waitFor();
    await panel.getByText(demoProfile.disclaimer.en, { exact: true }).waitFor();
    await panel.close();

    const options = await under.extension.open('options.html');
    await options.getByLabel('Feed URL').waitFor();
    expect(await options.getByRole('button', { name: 'Save' }).isVisible()).toBe(true);
    await options.close();
  });
});
