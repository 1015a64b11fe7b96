/** The page frame: the menu button that folds the main menu away on a phone, and the footer's links to the site's statements. */
export const layoutNl = {
  menu: 'Menu',
  accessibility: 'Toegankelijkheid',
  privacy: 'Privacy',
};
