// Chrome's DOM for the background: its service worker has no DOMParser (extract/extract-in-background.ts opens this page).
import { browser } from 'wxt/browser';
import { answerExtractRequest } from '../../extract/answer-extract-request';

browser.runtime.onMessage.addListener(answerExtractRequest);
