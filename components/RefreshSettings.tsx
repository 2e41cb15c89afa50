import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { format } from '../locales/messages-for';
import { notificationsSetting, readRefreshInterval, refreshIntervalSetting } from '../storage';
import { t } from './messages';

/** From often to rarely; none under five minutes, out of politeness to the publisher. */
const CHOICES = [5, 15, 30, 60, 180, 720, 1440];

function choiceText(minutes: number): string {
  if (minutes === 1440) return t.everyDay;
  if (minutes === 60) return t.everyHour;
  if (minutes % 60 === 0) return format(t.everyHours, { count: minutes / 60 });
  return format(t.everyMinutes, { count: minutes });
}

/** How often the background looks for stories, and whether it tells the reader of new ones; saved as changed. */
export function RefreshSettings() {
  const [minutes, setMinutes] = useState<number>();
  const [notify, setNotify] = useState(false);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void readRefreshInterval().then(setMinutes);
    void notificationsSetting.getValue().then(setNotify);
  }, []);

  // A period saved by an older version, or synced from elsewhere, stays selectable.
  const choices =
    minutes === undefined || CHOICES.includes(minutes) ? CHOICES : [...CHOICES, minutes].sort((a, b) => a - b);

  return (
    <div class="refresh-settings">
      <label for="refresh-every">{t.refreshEvery}</label>
      <select
        id="refresh-every"
        value={minutes === undefined ? '' : String(minutes)}
        onChange={(event) => {
          const chosen = Number(event.currentTarget.value);
          setMinutes(chosen);
          void refreshIntervalSetting.setValue(chosen);
        }}
      >
        {choices.map((choice) => (
          <option key={choice} value={String(choice)}>
            {choiceText(choice)}
          </option>
        ))}
      </select>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={notify}
          aria-describedby={refused ? 'notify-refused' : undefined}
          onChange={(event) => {
            const wanted = event.currentTarget.checked;
            // Asked inside the click: browsers grant optional permissions only in answer to the reader's gesture.
            const allowed = wanted
              ? browser.permissions.request({ permissions: ['notifications'] })
              : Promise.resolve(false);
            void allowed
              .catch(() => false)
              .then((granted) => {
                setNotify(granted);
                setRefused(wanted && !granted);
                return notificationsSetting.setValue(granted);
              });
          }}
        />
        {t.notifyNewStories}
      </label>
      {refused && (
        <p id="notify-refused" class="notice notice-error" role="alert">
          {t.notificationsRefused}
        </p>
      )}
    </div>
  );
}
