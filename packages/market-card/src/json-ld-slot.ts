/** Marks the JSON-LD script an element wrote, so it never touches a page's own scripts. */
export const JSON_LD_OWNER = 'data-bdw-json-ld';

/** The element's own JSON-LD script among its children, if any. */
export function ownJsonLd(host: Element): HTMLScriptElement | undefined {
  return [...host.children].find(
    (child): child is HTMLScriptElement => child.localName === 'script' && child.hasAttribute(JSON_LD_OWNER),
  );
}

/** Removes the element's own JSON-LD script (kept tiny: elements import it eagerly). */
export function removeJsonLd(host: Element): void {
  ownJsonLd(host)?.remove();
}
