/**
 * Keyboard of a facet: from its search box, ↓ or Enter moves to the first value; among the values ↑/↓ move,
 * Space or Enter ticks (Enter is added: a checkbox only knows Space), ↑ on the first or Escape goes back to the box.
 * Keys pressed while an IME is composing belong to the IME.
 */
export function onFacetKeydown(event: KeyboardEvent): void {
  if (event.isComposing || event.keyCode === 229) return;
  const target = event.target as HTMLInputElement;
  const fieldset = target.closest('fieldset');
  if (!fieldset) return;
  const search = fieldset.querySelector<HTMLInputElement>('.facet__search');
  const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('.facet__items input[type="checkbox"]')];
  const at = boxes.indexOf(target);
  const focus = (element: HTMLElement | null | undefined) => {
    if (!element) return;
    event.preventDefault();
    element.focus();
  };
  if (target === search) {
    if (event.key === 'ArrowDown' || event.key === 'Enter') focus(boxes[0]);
    return;
  }
  if (at < 0) return;
  if (event.key === 'ArrowDown') focus(boxes[at + 1]);
  else if (event.key === 'ArrowUp') focus(at === 0 ? search : boxes[at - 1]);
  else if (event.key === 'Escape') focus(search);
  else if (event.key === 'Enter') {
    event.preventDefault();
    target.click();
  }
}
