/** The page frame: the menu button that folds the main menu away on a phone. */
export const layoutNl = {
  menu: 'Menu',
};
