/** UI messages for the component screens; Spanish must define every English key. */
export const en = {
  'component.title': 'Component',
};

export const es: Record<keyof typeof en, string> = {
  'component.title': 'Componente',
};
