// The review screen's requests to the background (read a CV, fill, undo, clear, search, draw a page).
import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '../utils/messages';

export const sendToBackground = async (message: BackgroundMessage) => browser.runtime.sendMessage(message);
