import '../../components/styles.css';
import { language } from '../../components/messages';
import { mountPage } from '../../components/mount-page';
import { watchBadge } from '../../refresh/watch-badge';
import { openStore } from '../../storage';
import { App } from './App';

// The stories are what the reader waits for: the database opens while the page renders its frame.
openStore().catch(() => undefined);
void mountPage(() => <App />);
// Stories are read here while the background may be asleep: the page keeps the toolbar's unread count too, once idle.
requestIdleCallback(() => watchBadge(language), { timeout: 1_000 });
