/** UI messages for the design systems screens; Spanish must define every English key. */
export const en = {
  'ds.title': 'Design systems',
};

export const es: Record<keyof typeof en, string> = {
  'ds.title': 'Sistemas de diseño',
};
