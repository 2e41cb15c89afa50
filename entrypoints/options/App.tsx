import { AppearanceSettings } from '../../components/AppearanceSettings';
import { FeedStatus } from '../../components/FeedStatus';
import { FeedUrlForm } from '../../components/FeedUrlForm';
import { t } from '../../components/messages';
import { OfflineSettings } from '../../components/OfflineSettings';
import { PublisherFooter } from '../../components/PublisherFooter';
import { RefreshSettings } from '../../components/RefreshSettings';
import { RetentionSettings } from '../../components/RetentionSettings';
import { StorageUsage } from '../../components/StorageUsage';
import { profile } from '../../publisher/profile';

export function App() {
  return (
    <div class="page options-page">
      <header class="masthead">
        <img class="logo" src="/icon/48.png" alt="" width={32} height={32} />
        <h1 class="publisher-name">
          {profile.name} · {t.optionsTitle}
        </h1>
      </header>
      <main class="content">
        <FeedUrlForm />
        <RefreshSettings />
        <FeedStatus />
        <AppearanceSettings />
        <RetentionSettings />
        <StorageUsage />
        <OfflineSettings />
      </main>
      <PublisherFooter profile={profile} />
    </div>
  );
}
