import { useState } from 'preact/hooks';
import { clearReadStories, storageUsage } from '../storage';
import { byteSizeText } from './byte-size-text';
import { language, t } from './messages';
import { useLiveQuery } from './use-live-query';
import './settings.css';
import { countText } from './count-text';
import { FactList } from './FactList';

/** How many stories the last clearing removed, or that it failed; kept as facts so the words follow the language. */
type Cleared = { removed: number } | { failed: true };

function clearedText(cleared: Cleared): string {
  if ('failed' in cleared) return t.storageClearFailed;
  if (cleared.removed === 0) return t.storageClearedNone;
  return countText(cleared.removed, language, t.storageClearedOne, t.storageCleared);
}

/** Room the stories take and how many are kept, live; and a way to drop the read ones without forgetting they were read. */
export function StorageUsage() {
  const usage = useLiveQuery(storageUsage);
  const [cleared, setCleared] = useState<Cleared>();
  const [clearing, setClearing] = useState(false);

  const clear = () => {
    if (clearing) return;
    setClearing(true);
    clearReadStories()
      .then(
        (removed) => setCleared({ removed }),
        () => setCleared({ failed: true }),
      )
      .finally(() => setClearing(false));
  };

  const count = (value: number | undefined) =>
    value === undefined ? '…' : new Intl.NumberFormat(language).format(value);
  const rows: [string, string][] = [
    [
      t.storageUsed,
      usage === undefined ? '…' : usage.bytes === undefined ? t.storageUnknown : byteSizeText(usage.bytes, language),
    ],
    [t.storageStories, count(usage?.stories)],
    [t.storageRead, count(usage?.read)],
    [t.storageStarred, count(usage?.starred)],
  ];

  return (
    <section class="settings-section storage-usage" aria-labelledby="storage-title">
      <h2 id="storage-title">{t.storageTitle}</h2>
      <FactList rows={rows} />
      <p id="clear-read-help" class="help">
        {t.storageClearReadHelp}
      </p>
      <button
        type="button"
        class="settings-button"
        onClick={clear}
        aria-disabled={clearing}
        aria-describedby="clear-read-help clear-read-notice"
      >
        {t.storageClearRead}
      </button>
      <p id="clear-read-notice" class={cleared && 'failed' in cleared ? 'notice notice-error' : 'notice'} role="status">
        {cleared && clearedText(cleared)}
      </p>
    </section>
  );
}
