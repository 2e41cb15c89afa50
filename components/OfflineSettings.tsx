import { useEffect, useState } from 'preact/hooks';
import { format } from '../locales/messages-for';
import { dropPictures, fullTextSetting, storedBytes } from '../storage';
import { byteSizeText } from './byte-size-text';
import { FactList } from './FactList';
import { language, t } from './messages';
import { useLiveQuery } from './use-live-query';
import './settings.css';

/** What the last removal freed, or that it failed; kept as facts so the words follow the language. */
type Dropped = { freed: number } | { failed: true };

function droppedText(dropped: Dropped): string {
  if ('failed' in dropped) return t.offlineDropFailed;
  if (dropped.freed === 0) return t.offlineDroppedNone;
  return format(t.offlineDropped, { size: byteSizeText(dropped.freed, language) });
}

/** Whether whole stories are read from the publisher's site, the room saved text and pictures take, and a way to free the pictures'. */
export function OfflineSettings() {
  const [wholeStories, setWholeStories] = useState<boolean>();
  const bytes = useLiveQuery(storedBytes);
  const [dropped, setDropped] = useState<Dropped>();
  const [dropping, setDropping] = useState(false);

  useEffect(() => {
    void fullTextSetting.getValue().then(setWholeStories);
    return fullTextSetting.watch(setWholeStories);
  }, []);

  const drop = () => {
    if (dropping) return;
    setDropping(true);
    dropPictures()
      .then(
        (freed) => setDropped({ freed }),
        () => setDropped({ failed: true }),
      )
      .finally(() => setDropping(false));
  };

  const size = (value: number | undefined) => (value === undefined ? '…' : byteSizeText(value, language));
  const rows: [string, string][] = [
    [t.offlineSavedText, size(bytes?.text)],
    [t.offlineSavedPictures, size(bytes?.pictures)],
  ];

  return (
    <section class="settings-section offline-settings" aria-labelledby="offline-title">
      <h2 id="offline-title">{t.offlineTitle}</h2>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={wholeStories ?? false}
          disabled={wholeStories === undefined}
          onChange={(event) => {
            const wanted = event.currentTarget.checked;
            setWholeStories(wanted);
            void fullTextSetting.setValue(wanted);
          }}
        />
        {t.offlineFullText}
      </label>
      <FactList rows={rows} />
      <p id="drop-pictures-help" class="help">
        {t.offlineDropPicturesHelp}
      </p>
      <button
        type="button"
        class="settings-button"
        onClick={drop}
        aria-disabled={dropping}
        aria-describedby="drop-pictures-help drop-pictures-notice"
      >
        {t.offlineDropPictures}
      </button>
      <p
        id="drop-pictures-notice"
        class={dropped && 'failed' in dropped ? 'notice notice-error' : 'notice'}
        role="status"
      >
        {dropped && droppedText(dropped)}
      </p>
    </section>
  );
}
