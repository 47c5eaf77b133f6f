// The browser tab names the screen (and the item, once it has loaded).
import { useEffect } from "react";

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Employer Alias Registry`;
  }, [title]);
}
