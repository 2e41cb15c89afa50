import { type Messages, messagesFor } from '../locales/messages-for';
import type { LanguageChoice } from '../storage';

/** The reader's language: the one chosen in the options, else the browser's. Read it at render time, never cache it. */
export let language = navigator.language || 'en';

/** The page's strings in the reader's language; a live binding, so components read `t.key` while rendering. */
export let t: Messages = messagesFor(language);

/** Switches the strings and dates to the reader's choice; the caller re-renders the page. */
export function chooseLanguage(choice: LanguageChoice): void {
  language = choice === 'auto' ? navigator.language || 'en' : choice;
  t = messagesFor(language);
}
