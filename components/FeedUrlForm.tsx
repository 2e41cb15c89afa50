import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { format } from '../locales/messages-for';
import { profile } from '../publisher/profile';
import type { FeedCheck } from '../refresh/messages';
import { feedUrlSetting } from '../storage';
import { askBackground } from './ask-background';
import { failureText } from './failure-text';
import { language, t } from './messages';
import './settings.css';
import { originPattern } from '../publisher/origin-pattern';
import { countText } from './count-text';
import { webUrl } from './web-url';

type FailedCheck = Extract<FeedCheck, { ok: false }>;

/** What the form last did, kept as facts so that its words follow a change of language. */
type Notice =
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'refused'; host: string }
  | { kind: 'checking'; host: string }
  | { kind: 'no-answer' }
  | { kind: 'failed'; url: string; check: FailedCheck }
  | { kind: 'found'; title: string; stories: number };

function problemText(url: string, { failure, webPage, declaredFeed }: FailedCheck): string {
  const host = new URL(url).host;
  if (webPage) {
    const page = format(t.feedCheckWebPage, { host });
    return declaredFeed ? `${page} ${format(t.feedCheckDeclared, { url: declaredFeed })}` : page;
  }
  switch (failure.kind) {
    case 'invalid-address':
      return t.invalidUrl;
    case 'internal':
    case 'aborted':
      return format(t.feedCheckFailed, { reason: failure.message });
    default:
      return failureText(failure, url, t);
  }
}

function noticeText(notice: Notice): string {
  switch (notice.kind) {
    case 'saved':
      return t.saved;
    case 'invalid':
      return t.invalidUrl;
    case 'refused':
      return format(t.feedCheckNotSaved, { problem: format(t.permissionRefused, { host: notice.host }) });
    case 'checking':
      return format(t.feedCheckChecking, { host: notice.host });
    case 'no-answer':
      return t.feedCheckNoAnswer;
    case 'failed':
      return format(t.feedCheckNotSaved, { problem: problemText(notice.url, notice.check) });
    case 'found':
      return countText(notice.stories, language, t.feedCheckFoundOne, t.feedCheckFound, { title: notice.title });
  }
}

const isError = (notice: Notice | undefined) =>
  notice !== undefined && ['invalid', 'refused', 'no-answer', 'failed'].includes(notice.kind);

/**
 * The feed address the reader chose, saved only once the background has fetched it and found a feed there; empty goes
 * back to the publisher's own feed.
 */
export function FeedUrlForm() {
  const [value, setValue] = useState('');
  const [notice, setNotice] = useState<Notice>();

  useEffect(() => {
    // What the reader may already have typed wins over the stored address arriving late.
    void feedUrlSetting.getValue().then((stored) => setValue((typed) => typed || stored));
  }, []);

  const checkAndSave = async (url: URL, permitted: Promise<boolean>) => {
    if (!(await permitted.catch(() => false))) {
      setNotice({ kind: 'refused', host: url.host });
      return;
    }
    setNotice({ kind: 'checking', host: url.host });
    let check: FeedCheck | undefined;
    try {
      check = await askBackground({ type: 'check-feed', url: url.href });
    } catch {
      // The background is restarting, or was updated under the page.
    }
    if (!check) {
      setNotice({ kind: 'no-answer' });
      return;
    }
    if (!check.ok) {
      setNotice({ kind: 'failed', url: url.href, check });
      return;
    }
    await feedUrlSetting.setValue(url.href);
    setNotice({ kind: 'found', title: check.title || url.host, stories: check.stories });
    askBackground({ type: 'refresh' }).catch(() => undefined);
  };

  const save = (event: Event) => {
    event.preventDefault();
    if (notice?.kind === 'checking') return;
    const address = value.trim();
    if (address === '') {
      void feedUrlSetting.setValue('').then(() => {
        setNotice({ kind: 'saved' });
        askBackground({ type: 'refresh' }).catch(() => undefined);
      });
      return;
    }
    const url = webUrl(address);
    if (!url) {
      setNotice({ kind: 'invalid' });
      return;
    }
    // Asked before anything async: browsers show a permission prompt only inside the reader's click.
    const permitted = browser.permissions.request({ origins: [originPattern(url)] });
    void checkAndSave(url, permitted);
  };

  const error = isError(notice);
  return (
    // Our own check says what is wrong in the reader's language; the browser's would not.
    <form class="feed-url-form" onSubmit={save} noValidate aria-busy={notice?.kind === 'checking'}>
      <label for="feed-url">{t.feedUrl}</label>
      <input
        id="feed-url"
        type="url"
        value={value}
        placeholder={profile.feedUrl ?? profile.homepage}
        onInput={(event) => setValue(event.currentTarget.value)}
        aria-invalid={error}
        aria-describedby="feed-url-help feed-url-notice"
      />
      <p id="feed-url-help" class="help">
        {format(t.feedUrlHelp, { publisher: profile.name })}
      </p>
      <button type="submit">{t.save}</button>
      <p id="feed-url-notice" class={error ? 'notice notice-error' : 'notice'} role="status">
        {notice && noticeText(notice)}
      </p>
    </form>
  );
}
