import { useEffect, useRef } from 'preact/hooks';

/** Handlers by key ("j", "Escape", "/"); each returns nothing, and the key's default action is prevented. */
export type Shortcuts = Partial<Record<string, () => void>>;

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Single-key shortcuts for the whole page. Keys typed into a field stay text (only Escape works there), and keys held
 * with Ctrl, Alt or Meta are left to the browser. The latest handlers are used without re-adding the listener.
 */
export function useKeyboardShortcuts(shortcuts: Shortcuts): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
      if (event.key !== 'Escape' && typingIn(event.target)) return;
      // Enter on a link or button is that control's own click.
      if (event.key === 'Enter' && event.target instanceof Element && event.target.closest('a, button')) return;
      const handler = current.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
