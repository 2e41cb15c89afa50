import '../../components/styles.css';
import { language } from '../../components/messages';
import { mountPage } from '../../components/mount-page';
import { watchBadge } from '../../refresh/watch-badge';
import { App } from './App';

// Stories are read here while the background may be asleep: the page keeps the toolbar's unread count too.
void mountPage(() => <App />).then(() => watchBadge(language));
