/** UI messages for the pricing screens; Spanish must define every English key. */
export const en = {
  'pricing.title': 'Pricing',
};

export const es: Record<keyof typeof en, string> = {
  'pricing.title': 'Precios',
};
