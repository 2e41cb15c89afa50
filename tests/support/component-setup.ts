import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { fixHappyDomForDomPurify } from './fix-happy-dom-for-dompurify';

// Every page that shows a story sanitizes it: DOMPurify needs a DOM that walks like a browser's.
fixHappyDomForDomPurify();

afterEach(() => {
  cleanup();
});
