import { bindItem, component, each, el, fromItem, isItem, when } from '../nodes.js';
import { copyFor, itemCount, takeItems, withTexts } from '../slot-helpers.js';
import { bodyText, border, iconBox, interactive, listReset, onPage, row, tok, type Decl } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';

const PEOPLE = ['Maya Okafor', 'Daniel Reyes', 'Aiko Tanaka', 'Liam Novak', 'Sara Lindqvist', 'Omar Haddad', 'Chloé Martin', 'Ravi Patel', 'Nora Berg', 'Tom Ellis'];
const TONES = ['primary', 'raised', 'secondary'] as const;

const COPY = {
  en: { label: 'Project members', more: 'more', moreLabel: 'and {n} more people', caption: '{n} people are working on this project' },
  es: { label: 'Miembros del proyecto', more: 'más', moreLabel: 'y {n} personas más', caption: '{n} personas trabajan en este proyecto' },
};

const COUNTS = { min: 1, max: 8 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const shown = itemCount(slots, 5, COUNTS);
  const total = shown + 7;
  const copy = withTexts({ caption: base.caption.replace('{n}', String(total)) }, slots.texts, ['caption']);
  const people = takeItems(PEOPLE, shown, (i) => PEOPLE[i % PEOPLE.length]!).map((name, i) => ({
    id: `person${i + 1}`,
    name,
    initials: name.split(' ').map((w) => w[0]).join(''),
    tone: TONES[i % TONES.length]!,
  }));
  const size = slots.size === 'lg' ? '3rem' : slots.size === 'sm' ? '2rem' : '2.5rem';
  const overlap = slots.size === 'lg' ? '2.25rem' : slots.size === 'sm' ? '1.5rem' : '1.875rem';
  const ring: Decl = { ...border(th.surface), borderWidth: tok('border.width'), boxShadow: tok('shadow.sm') };
  const face = (name: string, bg: typeof th.tone.bg, fg: typeof th.tone.fg) =>
    el('span', name, { attrs: { title: fromItem('name') }, a11y: { role: 'img', label: fromItem('name') }, style: { base: { ...iconBox(th, bg, fg, size, { fontSize: slots.size === 'lg' ? tok('font.size.md') : tok('font.size.xs'), fontWeight: tok('font.weight.semibold') }), ...ring } } }, [bindItem('initials')]);
  // Columns narrower than the avatars make them overlap without negative margins.
  const root = el('div', 'avatar-group', { style: { base: { ...row('md'), flexWrap: 'wrap', fontFamily: tok('font.family.base'), ...onPage(th) } } }, [
    el('ul', 'avatar-list', { a11y: { label: base.label }, style: { base: { ...listReset, display: 'grid', gridTemplateColumns: `repeat(${shown + 1}, ${overlap})`, alignItems: 'center' } } }, [
      each(people, 'id', [
        el('li', 'avatar-item', { style: { base: { display: 'flex' } } }, [
          when(isItem('tone', 'primary'), [face('avatar-primary', tok('color.primary'), tok('color.on-primary'))], [
            when(isItem('tone', 'raised'), [face('avatar-raised', th.raised, th.text)], [face('avatar-secondary', tok('color.secondary'), tok('color.on-secondary'))]),
          ]),
        ]),
      ]),
      el('li', 'avatar-more-item', { style: { base: { display: 'flex' } } }, [
        el('a', 'avatar-more', { attrs: { href: '#members' }, a11y: { label: base.moreLabel.replace('{n}', '7') }, style: interactive({ ...iconBox(th, th.raised, th.text, size, { fontSize: tok('font.size.xs'), fontWeight: tok('font.weight.semibold'), textDecoration: 'none' }), ...ring }, { backgroundColor: th.hoverStrong }) }, ['+7']),
      ]),
    ]),
    el('p', 'avatar-caption', { style: { base: bodyText(th, 'sm') } }, [copy.caption]),
  ]);
  return component({ name: 'AvatarGroup', description: slots.language === 'es' ? 'Grupo de avatares' : 'Avatar group', root });
}

export const avatarGroup: Archetype = {
  id: 'avatar-group',
  title: { en: 'Avatar group', es: 'Grupo de avatares' },
  keywords: {
    en: { avatar: 7, avatars: 8, 'avatar group': 10, 'avatar stack': 10, 'stacked avatars': 10, members: 3, participants: 4, 'team faces': 6 },
    es: { avatar: 7, avatares: 8, 'grupo de avatares': 10, participantes: 4, miembros: 3, 'fotos de perfil': 6 },
  },
  textSlots: { en: ['caption'], es: ['texto'] },
  counts: COUNTS,
  build,
};
