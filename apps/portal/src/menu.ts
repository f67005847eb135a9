/**
 * The main menu on small screens: a button that shows and hides the whole menu (every item, stacked), closed with
 * Escape (focus back on the button) and on any wide screen, where the menu is always shown.
 */
export function setUpMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-action="menu"]');
  const menu = document.getElementById('site-menu');
  if (!button || !menu) return;
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    menu.dataset['open'] = String(open);
  };
  setOpen(false);
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    setOpen(false);
    button.focus();
  });
  matchMedia('(min-width: 64rem)').addEventListener('change', () => setOpen(false));
}
