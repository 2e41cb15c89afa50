import { clearReadStories, storageUsage } from '../storage';
import { ActionWithNotice } from './ActionWithNotice';
import { byteSizeText } from './byte-size-text';
import { language, t } from './messages';
import { useLiveQuery } from './use-live-query';
import './settings.css';
import { countText } from './count-text';
import { FactList } from './FactList';

function clearedText(removed: number): string {
  if (removed === 0) return t.storageClearedNone;
  return countText(removed, language, t.storageClearedOne, t.storageCleared);
}

/** Room the stories take and how many are kept, live; and a way to drop the read ones without forgetting they were read. */
export function StorageUsage() {
  const usage = useLiveQuery(storageUsage);

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
      <ActionWithNotice
        id="clear-read"
        label={t.storageClearRead}
        help={t.storageClearReadHelp}
        run={clearReadStories}
        describe={clearedText}
        failed={t.storageClearFailed}
      />
    </section>
  );
}
