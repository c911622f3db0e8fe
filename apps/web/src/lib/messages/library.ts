/** UI messages for the library screens; Spanish must define every English key. */
export const en = {
  'library.title': 'Library',
};

export const es: Record<keyof typeof en, string> = {
  'library.title': 'Biblioteca',
};
