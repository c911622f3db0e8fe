import { icon } from '../icons.js';
import { bindItem, bindProp, component, each, el, emit, fromProp, fromState, isProp, isState, on, prop, state, toggle, when } from '../nodes.js';
import { copyFor, withTexts } from '../slot-helpers.js';
import { bodyText, buttonStyles, cardSurface, divider, heading, iconBox, listReset, row, space, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';

const COPY = {
  en: {
    name: 'Maya Okafor',
    role: 'Senior product designer at Northwind',
    location: 'Lisbon, Portugal',
    initials: 'MO',
    follow: 'Follow',
    following: 'Following',
    message: 'Message',
    bio: 'Designs systems that scale from one screen to a hundred. Speaker, mentor and tea enthusiast.',
    stats: [
      { id: 'projects', value: '48', label: 'Projects' },
      { id: 'followers', value: '2.4k', label: 'Followers' },
      { id: 'following', value: '312', label: 'Following' },
    ],
  },
  es: {
    name: 'Maya Okafor',
    role: 'Diseñadora de producto sénior en Northwind',
    location: 'Lisboa, Portugal',
    initials: 'MO',
    follow: 'Seguir',
    following: 'Siguiendo',
    message: 'Mensaje',
    bio: 'Diseña sistemas que escalan de una pantalla a cien. Ponente, mentora y amante del té.',
    stats: [
      { id: 'projects', value: '48', label: 'Proyectos' },
      { id: 'followers', value: '2,4 mil', label: 'Seguidores' },
      { id: 'following', value: '312', label: 'Siguiendo' },
    ],
  },
};

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ name: base.name, role: base.role, cta: base.follow }, slots.texts, ['name', 'role', 'cta']);
  const [avatarSize, avatarHalf] = slots.size === 'lg' ? ['6rem', '3rem'] : slots.size === 'sm' ? ['4rem', '2rem'] : ['5rem', '2.5rem'];
  const avatarFrame = { width: avatarSize, height: avatarSize, borderRadius: th.shape === 'sharp' ? '0' : tok('radius.full'), borderWidth: tok('border.width'), borderStyle: 'solid', borderColor: th.surface, boxShadow: tok('shadow.md') } as const;
  const root = el('article', 'profile', { a11y: { labelledBy: 'profile-name' }, style: { base: { ...cardSurface(th, 'md'), padding: '0', overflow: 'hidden', ...stack('md', { gap: '0' }), maxWidth: '22rem', textAlign: 'center' } } }, [
    el('div', 'profile-cover', { style: { base: { height: '6rem', backgroundColor: th.tone.bg, display: 'flex', alignItems: 'flex-end', justifyContent: 'center' } } }, [
      when(
        isProp('showAvatar'),
        [el('img', 'profile-avatar-image', { attrs: { src: fromProp('avatarSrc'), alt: fromProp('name') }, style: { base: { ...avatarFrame, objectFit: 'cover', transform: 'translateY(50%)' } } })],
        [el('span', 'profile-avatar', { a11y: { hidden: true }, style: { base: { ...iconBox(th, tok('color.primary'), tok('color.on-primary'), avatarSize), ...avatarFrame, fontSize: tok('font.size.xl'), fontWeight: tok('font.weight.bold'), transform: 'translateY(50%)' } } }, [base.initials])],
      ),
    ]),
    el('div', 'profile-body', { style: { base: { ...stack('md'), alignItems: 'center', padding: '{space.md} {space.lg}', paddingBottom: space('lg') } } }, [
      el('span', 'profile-spacer', { a11y: { hidden: true }, style: { base: { display: 'block', height: avatarHalf } } }),
      el('div', 'profile-identity', { style: { base: { ...stack('xs'), alignItems: 'center' } } }, [
        el('h3', 'profile-name', { attrs: { id: 'profile-name' }, style: { base: heading(th, 'xl') } }, [bindProp('name')]),
        el('p', 'profile-role', { style: { base: bodyText(th, 'sm') } }, [bindProp('role')]),
        el('p', 'profile-location', { style: { base: { ...row('xs'), ...bodyText(th, 'sm') } } }, [icon('mapPin', 16), base.location]),
      ]),
      el('p', 'profile-bio', { style: { base: bodyText(th, 'sm', false) } }, [base.bio]),
      el('ul', 'profile-stats', { style: { base: { ...listReset, display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', width: '100%', paddingTop: space('md'), ...divider('top', th.border) } } }, [
        each(base.stats, 'id', [
          el('li', 'profile-stat', { style: { base: stack('xs', { alignItems: 'center', gap: '0' }) } }, [
            el('strong', 'profile-stat-value', { style: { base: heading(th, 'lg') } }, [bindItem('value')]),
            el('span', 'profile-stat-label', { style: { base: bodyText(th, 'xs') } }, [bindItem('label')]),
          ]),
        ]),
      ]),
      el('div', 'profile-actions', { style: { base: { ...row('sm'), width: '100%' } } }, [
        el(
          'button',
          'profile-follow',
          { attrs: { type: 'button' }, a11y: { pressed: fromState('following') }, events: on('click', toggle('following'), emit('follow')), style: buttonStyles(th, 'primary', th.size, { flexGrow: '1' }) },
          [when(isState('following'), [icon('check', 18), base.following], [icon('plus', 18), bindProp('cta')])],
        ),
        el('button', 'profile-message', { attrs: { type: 'button' }, events: on('click', emit('message')), style: buttonStyles(th, 'outline', th.size, { flexGrow: '1' }) }, [icon('message', 18), base.message]),
      ]),
    ]),
  ]);
  return component({
    name: 'ProfileCard',
    description: slots.language === 'es' ? 'Tarjeta de perfil con estadísticas y botón de seguir' : 'Profile card with stats and a follow button',
    props: [prop.string('name', copy.name), prop.string('role', copy.role), prop.string('cta', copy.cta), prop.boolean('showAvatar', false, slots.language === 'es' ? 'Mostrar la foto en lugar de las iniciales' : 'Show the photo instead of the initials'), prop.string('avatarSrc', 'images/maya-okafor.jpg')],
    state: [state.boolean('following', false)],
    root,
  });
}

export const profileCard: Archetype = {
  id: 'profile-card',
  title: { en: 'Profile card', es: 'Tarjeta de perfil' },
  keywords: {
    en: { 'profile card': 8, profile: 5, 'user card': 6, 'team member': 4, author: 2, bio: 3, follow: 2, 'contact card': 4 },
    es: { 'tarjeta de perfil': 8, perfil: 5, 'tarjeta de usuario': 6, 'miembro del equipo': 4, autor: 2, biografia: 3, seguir: 2 },
  },
  textSlots: { en: ['name', 'role', 'button label'], es: ['nombre', 'cargo', 'texto del botón'] },
  includes: ['card', 'button', 'avatar-group'],
  build,
};
