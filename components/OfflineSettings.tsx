import { useEffect, useState } from 'preact/hooks';
import { format } from '../locales/messages-for';
import { dropPictures, fullTextSetting, storedBytes } from '../storage';
import { ActionWithNotice } from './ActionWithNotice';
import { byteSizeText } from './byte-size-text';
import { FactList } from './FactList';
import { language, t } from './messages';
import { useLiveQuery } from './use-live-query';
import './settings.css';

function droppedText(freed: number): string {
  if (freed === 0) return t.offlineDroppedNone;
  return format(t.offlineDropped, { size: byteSizeText(freed, language) });
}

/** Whether whole stories are read from the publisher's site, the room saved text and pictures take, and a way to free the pictures'. */
export function OfflineSettings() {
  const [wholeStories, setWholeStories] = useState<boolean>();
  const bytes = useLiveQuery(storedBytes);

  useEffect(() => {
    void fullTextSetting.getValue().then(setWholeStories);
    return fullTextSetting.watch(setWholeStories);
  }, []);

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
      <ActionWithNotice
        id="drop-pictures"
        label={t.offlineDropPictures}
        help={t.offlineDropPicturesHelp}
        run={dropPictures}
        describe={droppedText}
        failed={t.offlineDropFailed}
      />
    </section>
  );
}
