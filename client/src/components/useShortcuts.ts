// Single-key shortcuts for a screen (j/k, c, p, …). They stay quiet while the
// user types in a field, while a dialog is open, and when a modifier is held,
// so typing "promote" into a rationale never promotes anything.
import { useEffect, useRef } from "react";

export type ShortcutMap = Readonly<Record<string, () => void>>;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function useShortcuts(shortcuts: ShortcutMap): void {
  // The latest handlers, without re-binding the listener on every render.
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || document.querySelector("dialog[open]")) return;
      const handler = current.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
