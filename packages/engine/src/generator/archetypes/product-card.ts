import { icon } from '../icons.js';
import { bindProp, component, el, emit, fromProp, fromState, isProp, isState, on, prop, state, toggle, when } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, cardSurface, chip, heading, iconButtonStyles, row, space, stack, tok } from '../styles.js';
import { themeFor, toneColors } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { stars } from './parts.js';

const COPY = {
  en: {
    name: 'Aurora Wireless Headphones',
    price: '$129',
    compare: '$159',
    cta: 'Add to cart',
    added: 'Added to cart',
    category: 'Audio',
    rating: 'Rated 4.8 out of 5',
    reviews: '4.8 · 212 reviews',
    stock: 'In stock · ships tomorrow',
    sale: 'Sale',
    wishlist: 'Add to wishlist',
    alt: 'Aurora wireless headphones in sand colour',
    was: 'Was',
  },
  es: {
    name: 'Auriculares inalámbricos Aurora',
    price: '129 €',
    compare: '159 €',
    cta: 'Añadir al carrito',
    added: 'Añadido al carrito',
    category: 'Audio',
    rating: 'Valoración: 4,8 de 5',
    reviews: '4,8 · 212 opiniones',
    stock: 'En stock · envío mañana',
    sale: 'Oferta',
    wishlist: 'Añadir a favoritos',
    alt: 'Auriculares inalámbricos Aurora en color arena',
    was: 'Antes',
  },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ name: base.name, price: base.price, cta: base.cta }, slots.texts, ['name', 'price', 'cta']);
  const sale = toneColors('danger', slots.dark);
  const root = el('article', 'product', { a11y: { labelledBy: 'product-name' }, style: { base: { ...cardSurface(th, 'md'), padding: '0', overflow: 'hidden', ...stack('md', { gap: '0' }), maxWidth: '22rem' } } }, [
    el('div', 'product-media', { style: { base: { position: 'relative', aspectRatio: '4 / 3', backgroundColor: th.raised, color: th.muted, display: 'flex', alignItems: 'center', justifyContent: 'center' } } }, [
      when(
        isProp('showImage'),
        [el('img', 'product-image', { attrs: { src: fromProp('imageSrc'), alt: fromProp('imageAlt'), loading: 'lazy' }, style: { base: { width: '100%', height: '100%', objectFit: 'cover' } } })],
        [icon('image', 64)],
      ),
      when(isProp('onSale'), [el('span', 'product-badge', { style: { base: chip(sale.bg, sale.fg, th, { position: 'absolute', top: '{space.sm}', left: '{space.sm}' }) } }, [base.sale])]),
      el(
        'button',
        'product-wishlist',
        {
          attrs: { type: 'button' },
          a11y: { label: base.wishlist, pressed: fromState('wishlisted') },
          events: on('click', toggle('wishlisted'), emit('wishlist')),
          style: iconButtonStyles(th, { position: 'absolute', top: '{space.sm}', right: '{space.sm}', backgroundColor: th.surface, color: th.text, boxShadow: tok('shadow.sm'), borderRadius: tok('radius.full') }),
        },
        [when(isState('wishlisted'), [el('span', 'product-wishlist-on', { style: { base: { display: 'inline-flex', color: tok('color.danger') } } }, [icon('heart', 18, undefined, true)])], [icon('heart', 18)])],
      ),
    ]),
    el('div', 'product-body', { style: { base: { ...stack('sm'), padding: space('lg') } } }, [
      el('p', 'product-category', { style: { base: bodyText(th, 'xs', true, { textTransform: 'uppercase', fontWeight: tok('font.weight.semibold') }) } }, [base.category]),
      el('h3', 'product-name', { attrs: { id: 'product-name' }, style: { base: heading(th, 'lg') } }, [bindProp('name')]),
      el('div', 'product-rating', { style: { base: { ...row('sm'), ...bodyText(th, 'sm') } } }, [stars(th, 'product-stars', base.rating, 4), base.reviews]),
      el('p', 'product-prices', { style: { base: { ...row('sm'), alignItems: 'baseline', margin: '0' } } }, [
        el('span', 'product-price', { style: { base: heading(th, '2xl') } }, [bindProp('price')]),
        when(isProp('onSale'), [
          el('span', 'product-compare', { a11y: { label: `${base.was} ${base.compare}` }, style: { base: bodyText(th, 'sm', true, { textDecoration: 'line-through' }) } }, [base.compare]),
        ]),
      ]),
      el('p', 'product-stock', { style: { base: { ...row('xs'), ...bodyText(th, 'sm') } } }, [
        el('span', 'product-stock-dot', { a11y: { hidden: true }, style: { base: { width: '{space.sm}', height: '{space.sm}', borderRadius: tok('radius.full'), backgroundColor: tok('color.success') } } }),
        base.stock,
      ]),
      el(
        'button',
        'product-add',
        { attrs: { type: 'button' }, events: on('click', toggle('added'), emit('addToCart')), disabledWhen: isProp('soldOut'), style: buttonStyles(th, 'primary', th.size, { width: '100%', marginTop: space('sm') }) },
        [when(isState('added'), [icon('check', 18), base.added], [icon('cart', 18), bindProp('cta')])],
      ),
    ]),
  ]);
  return component({
    name: 'ProductCard',
    description: slots.language === 'es' ? 'Tarjeta de producto con precio, valoración y carrito' : 'Product card with price, rating and add to cart',
    props: [
      prop.string('name', copy.name),
      prop.string('price', copy.price),
      prop.string('cta', copy.cta),
      prop.boolean('showImage', false, slots.language === 'es' ? 'Mostrar la foto en lugar de la ilustración' : 'Show the photo instead of the illustration'),
      prop.string('imageSrc', 'images/aurora-headphones.jpg'),
      prop.string('imageAlt', base.alt),
      prop.boolean('onSale', true),
      prop.boolean('soldOut', slots.state === 'disabled'),
    ],
    state: [state.boolean('added', false), state.boolean('wishlisted', false)],
    root,
  });
}

export const productCard: Archetype = {
  id: 'product-card',
  title: { en: 'Product card', es: 'Tarjeta de producto' },
  keywords: {
    en: { 'product card': 8, product: 4, shop: 3, store: 2, ecommerce: 4, 'e commerce': 4, 'add to cart': 5, cart: 2, item: 1, merchandise: 3 },
    es: { 'tarjeta de producto': 8, producto: 4, tienda: 3, 'comercio electronico': 4, 'anadir al carrito': 5, carrito: 2, articulo: 1 },
  },
  textSlots: { en: ['product name', 'price', 'button label'], es: ['nombre del producto', 'precio', 'texto del botón'] },
  includes: ['card', 'button', 'badge'],
  build,
};
