// Moves the focus to the first field of a row just added with an "Ajouter …" button, so keyboard
// and screen-reader users land where they have to type.
import { useLayoutEffect, useRef } from 'preact/hooks';

export function useFocusOnNewEntry(count: number, firstFieldId: (index: number) => string): void {
  const previous = useRef(count);
  useLayoutEffect(() => {
    if (count > previous.current) document.getElementById(firstFieldId(count - 1))?.focus();
    previous.current = count;
  }, [count]);
}
