import './frame.css';

/** The pages every Stageline user can reach, in the order of the navigation. */
export const PAGES = [
  { id: 'blueprints', href: '/', label: 'Blueprints' },
  { id: 'modeler', href: '/modeler', label: 'Modeler' },
  { id: 'tasklist', href: '/tasklist', label: 'Tasklist' },
  { id: 'dashboard', href: '/dashboard', label: 'Dashboard' }
];

/**
 * Puts the shared header (brand and navigation) at the top of the page and marks the current
 * page. Every page calls this once, so the navigation is the same everywhere.
 *
 * @param {string} current the id of the page, one of PAGES
 * @return {HTMLElement} the header
 */
export function mountFrame(current) {
  const header = document.createElement('header');
  header.className = 'topbar';

  const brand = document.createElement('a');
  brand.className = 'brand';
  brand.href = '/';
  brand.textContent = 'Stageline';

  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', 'Main');
  for (const page of PAGES) {
    const link = document.createElement('a');
    link.href = page.href;
    link.textContent = page.label;
    if (page.id === current) {
      link.setAttribute('aria-current', 'page');
    }
    nav.append(link);
  }

  header.append(brand, nav);
  document.body.prepend(header);
  return header;
}
