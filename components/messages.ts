import { messagesFor } from '../locales/messages-for';

/** The reader's language, as the browser reports it. */
export const language = navigator.language || 'en';

/** The page's strings in the reader's language. */
export const t = messagesFor(language);
