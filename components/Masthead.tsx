import type { ComponentChildren } from 'preact';
import { profile } from '../publisher/profile';
import { language, t } from './messages';
import { sinceText } from './relative-time';

interface Props {
  busy: boolean;
  onRefresh(): void;
  /** When the stories were last brought up to date; absent before the first success. */
  updatedAt: number | undefined;
  now: number;
  /** Further buttons, after Refresh. */
  children?: ComponentChildren;
}

function updatedText(busy: boolean, updatedAt: number | undefined, now: number): string {
  if (busy) return t.statusRefreshing;
  if (updatedAt === undefined) return t.neverUpdated;
  return sinceText(updatedAt, now, language, t.updatedJustNow, t.updatedAgo);
}

/** The publisher's logo and name, how fresh the stories are, and Refresh with a visible busy state. */
export function Masthead({ busy, onRefresh, updatedAt, now, children }: Props) {
  return (
    <header class="masthead">
      <img class="logo" src="/icon/48.png" alt="" width={32} height={32} />
      <div class="masthead-text">
        <h1 class="publisher-name">{profile.name}</h1>
        <p class="updated">{updatedText(busy, updatedAt, now)}</p>
      </div>
      <div class="masthead-actions">
        <button type="button" class="refresh" onClick={onRefresh} disabled={busy} aria-busy={busy}>
          <span class={busy ? 'refresh-icon spinning' : 'refresh-icon'} aria-hidden="true">
            ↻
          </span>
          {t.refresh}
        </button>
        {children}
      </div>
    </header>
  );
}
