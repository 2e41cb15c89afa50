import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { format } from '../locales/messages-for';
import { profile } from '../publisher/profile';
import { feedUrlSetting } from '../storage';
import { askBackground } from './ask-background';
import { t } from './messages';

/** The feed address the reader chose; empty goes back to the publisher's own feed. */
export function FeedUrlForm() {
  const [value, setValue] = useState('');
  const [notice, setNotice] = useState<{ text: string; error: boolean }>();

  useEffect(() => {
    // What the reader may already have typed wins over the stored address arriving late.
    void feedUrlSetting.getValue().then((stored) => setValue((typed) => typed || stored));
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    const address = value.trim();
    if (address === '') {
      await feedUrlSetting.setValue('');
      setNotice({ text: t.saved, error: false });
      void askBackground({ type: 'refresh' });
      return;
    }
    let url: URL;
    try {
      url = new URL(address);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError(url.protocol);
    } catch {
      setNotice({ text: t.invalidUrl, error: true });
      return;
    }
    // Asked inside the click, as browsers require for a permission prompt.
    const granted = await browser.permissions.request({ origins: [`${url.protocol}//${url.hostname}/*`] });
    if (!granted) {
      setNotice({ text: format(t.permissionRefused, { host: url.host }), error: true });
      return;
    }
    await feedUrlSetting.setValue(url.href);
    setNotice({ text: t.saved, error: false });
    void askBackground({ type: 'refresh' });
  };

  return (
    // Our own check says what is wrong in the reader's language; the browser's would not.
    <form class="feed-url-form" onSubmit={save} noValidate>
      <label for="feed-url">{t.feedUrl}</label>
      <input
        id="feed-url"
        type="url"
        value={value}
        placeholder={profile.feedUrl ?? profile.homepage}
        onInput={(event) => setValue(event.currentTarget.value)}
        aria-describedby="feed-url-help feed-url-notice"
      />
      <p id="feed-url-help" class="help">
        {format(t.feedUrlHelp, { publisher: profile.name })}
      </p>
      <button type="submit">{t.save}</button>
      <p id="feed-url-notice" class={notice?.error ? 'notice notice-error' : 'notice'} role="status">
        {notice?.text}
      </p>
    </form>
  );
}
