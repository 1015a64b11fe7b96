import type { layoutNl } from './layout-nl';

export const layoutEn: typeof layoutNl = {
  menu: 'Menu',
  accessibility: 'Accessibility',
  privacy: 'Privacy',
};
