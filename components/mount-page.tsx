import { type ComponentChild, render } from 'preact';
import { profile } from '../publisher/profile';
import { language } from './messages';

/** Renders a page's root in the reader's language, titled with the publisher's name. */
export function mountPage(root: ComponentChild): void {
  document.documentElement.lang = language;
  document.title = profile.name;
  render(root, document.getElementById('app') as HTMLElement);
}
