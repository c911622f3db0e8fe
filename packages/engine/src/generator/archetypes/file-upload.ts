import { icon } from '../icons.js';
import { bindItem, component, each, el, emit, fromItem, isItem, isProp, on, prop, when } from '../nodes.js';
import { copyFor, itemCount, takeItems, withTexts } from '../slot-helpers.js';
import { bodyText, border, buttonStyles, cardSurface, focusRing, heading, iconButtonStyles, listReset, row, space, stack, tok } from '../styles.js';
import { themeFor } from '../theme.js';
import type { Archetype, Slots } from '../types.js';
import { iconTile } from './parts.js';

const COPY = {
  en: {
    title: 'Upload files',
    subtitle: 'Attach design files or screenshots to this project.',
    drop: 'Choose files',
    dropDetail: 'or drag and drop them here',
    hint: 'SVG, PNG, JPG or PDF · up to 10 MB each',
    uploading: 'Uploading',
    done: 'Uploaded',
    remove: 'Remove',
    cancel: 'Cancel',
    submit: 'Attach files',
    files: [
      { name: 'brand-guidelines.pdf', size: '2.4 MB', progress: 100 },
      { name: 'homepage-hero.png', size: '1.1 MB', progress: 64 },
      { name: 'icons.svg', size: '84 KB', progress: 100 },
      { name: 'pricing-v3.fig', size: '6.8 MB', progress: 12 },
    ],
  },
  es: {
    title: 'Subir archivos',
    subtitle: 'Adjunta archivos de diseño o capturas a este proyecto.',
    drop: 'Elige archivos',
    dropDetail: 'o arrástralos y suéltalos aquí',
    hint: 'SVG, PNG, JPG o PDF · hasta 10 MB cada uno',
    uploading: 'Subiendo',
    done: 'Subido',
    remove: 'Quitar',
    cancel: 'Cancelar',
    submit: 'Adjuntar archivos',
    files: [
      { name: 'guia-de-marca.pdf', size: '2,4 MB', progress: 100 },
      { name: 'portada-inicio.png', size: '1,1 MB', progress: 64 },
      { name: 'iconos.svg', size: '84 KB', progress: 100 },
      { name: 'precios-v3.fig', size: '6,8 MB', progress: 12 },
    ],
  },
};

const COUNTS = { min: 0, max: 6 };

function build(slots: Slots) {
  const th = themeFor(slots);
  const base = copyFor(COPY, slots);
  const copy = withTexts({ title: base.title, subtitle: base.subtitle, submit: base.submit }, slots.texts, ['title', 'subtitle', 'submit']);
  const count = itemCount(slots, 2, COUNTS);
  const files = takeItems(base.files, count, (i) => ({ name: `file-${i + 1}.png`, size: '1 MB', progress: 100 })).map((f, i) => ({
    id: `file${i + 1}`,
    name: f.name,
    size: f.size,
    progress: f.progress,
    done: f.progress >= 100,
    removeLabel: `${base.remove} ${f.name}`,
  }));
  const root = el('section', 'upload', { a11y: { labelledBy: 'upload-title' }, style: { base: { ...cardSurface(th, 'lg'), ...stack('lg'), width: '100%', maxWidth: '36rem', fontFamily: tok('font.family.base') } } }, [
    el('header', 'upload-header', { style: { base: stack('xs') } }, [
      el('h2', 'upload-title', { attrs: { id: 'upload-title' }, style: { base: heading(th, 'xl') } }, [copy.title]),
      el('p', 'upload-subtitle', { style: { base: bodyText(th, 'sm') } }, [copy.subtitle]),
    ]),
    el('label', 'upload-dropzone', { attrs: { for: 'upload-input' }, style: { base: { ...stack('sm'), alignItems: 'center', textAlign: 'center', padding: space('xl'), ...border(th.border), borderStyle: 'dashed', borderRadius: th.radius.card, backgroundColor: th.surface, cursor: 'pointer' }, hover: { borderColor: th.tone.bg }, active: { borderColor: th.tone.bg } } }, [
      iconTile(th, 'upload-icon', icon('upload', 22)),
      el('span', 'upload-cta', { style: { base: { fontWeight: tok('font.weight.semibold'), color: th.link } } }, [base.drop]),
      el('span', 'upload-detail', { style: { base: bodyText(th, 'sm', false) } }, [base.dropDetail]),
      el('span', 'upload-hint', { attrs: { id: 'upload-hint' }, style: { base: bodyText(th, 'xs') } }, [base.hint]),
      el('input', 'upload-input', {
        attrs: { id: 'upload-input', type: 'file', name: 'files', multiple: true, accept: '.svg,.png,.jpg,.jpeg,.pdf' },
        a11y: { describedBy: 'upload-hint' },
        events: on('change', emit('filesSelected')),
        style: {
          base: { maxWidth: '100%', fontFamily: tok('font.family.base'), fontSize: tok('font.size.sm'), lineHeight: tok('line-height.normal'), color: th.muted, borderRadius: th.radius.control, cursor: 'pointer' },
          hover: { color: th.text },
          focusVisible: focusRing,
          active: { color: th.text },
          disabled: { opacity: '0.55', cursor: 'not-allowed' },
          // The "Choose files" button, styled like a secondary button: left to the browser it
          // is the system control, which Tailwind's preflight and Chakra's global CSS restyle.
          file: {
            marginRight: space('sm'),
            padding: '{space.xs} {space.sm}',
            ...border(th.border),
            borderRadius: th.radius.control,
            backgroundColor: th.raised,
            color: th.text,
            fontFamily: tok('font.family.base'),
            fontSize: tok('font.size.sm'),
            fontWeight: tok('font.weight.medium'),
            lineHeight: tok('line-height.normal'),
            cursor: 'pointer',
          },
        },
      }),
    ]),
    el('ul', 'upload-files', { style: { base: { ...listReset, ...stack('sm') } } }, [
      each(files, 'id', [
        el('li', 'upload-file', { style: { base: { ...row('md'), padding: space('sm'), ...border(th.border), borderRadius: th.radius.control } } }, [
          iconTile(th, 'upload-file-icon', icon('file', 18), th.raised, th.link),
          el('div', 'upload-file-body', { style: { base: { ...stack('xs'), flexGrow: '1', minWidth: '0' } } }, [
            el('div', 'upload-file-top', { style: { base: { ...row('sm'), justifyContent: 'space-between' } } }, [
              el('span', 'upload-file-name', { style: { base: { fontSize: tok('font.size.sm'), fontWeight: tok('font.weight.medium'), color: th.text, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } } }, [bindItem('name')]),
              el('span', 'upload-file-size', { style: { base: bodyText(th, 'xs', true, { whiteSpace: 'nowrap' }) } }, [bindItem('size')]),
            ]),
            // While uploading a progress bar, once done a check.
            when(
              isItem('done'),
              [el('span', 'upload-file-done', { style: { base: { ...row('xs'), ...bodyText(th, 'xs', false) } } }, [el('span', 'upload-file-check', { style: { base: { display: 'inline-flex', color: tok('color.success') } } }, [icon('checkCircle', 14)]), base.done])],
              [el('progress', 'upload-file-progress', { attrs: { max: 100, value: fromItem('progress') }, a11y: { label: fromItem('name') }, style: { base: { width: '100%', height: tok('space.sm'), borderRadius: tok('radius.full'), overflow: 'hidden', color: th.tone.bg } } })],
            ),
          ]),
          el('button', 'upload-remove', { attrs: { type: 'button' }, a11y: { label: fromItem('removeLabel') }, events: on('click', emit('remove', fromItem('id'))), style: iconButtonStyles(th) }, [icon('trash', 16)]),
        ]),
      ]),
    ]),
    el('div', 'upload-actions', { style: { base: { ...row('sm'), justifyContent: 'flex-end' } } }, [
      el('button', 'upload-cancel', { attrs: { type: 'button' }, events: on('click', emit('cancel')), style: buttonStyles(th, 'secondary') }, [base.cancel]),
      el('button', 'upload-submit', { attrs: { type: 'button' }, disabledWhen: isProp('disabled'), events: on('click', emit('submit')), style: buttonStyles(th, 'primary') }, [copy.submit]),
    ]),
  ]);
  return component({
    name: 'FileUpload',
    description: slots.language === 'es' ? 'Subida de archivos con progreso' : 'File upload with progress',
    props: [prop.boolean('disabled', slots.state === 'disabled')],
    root,
  });
}

export const fileUpload: Archetype = {
  id: 'file-upload',
  title: { en: 'File upload', es: 'Subida de archivos' },
  keywords: {
    en: { upload: 8, 'file upload': 10, uploader: 9, dropzone: 9, 'drag and drop': 6, attachment: 5, 'file input': 8, attach: 3 },
    es: { subir: 6, 'subir archivos': 10, 'subida de archivos': 10, 'carga de archivos': 10, adjuntar: 6, 'arrastrar y soltar': 7, archivo: 3 },
  },
  textSlots: { en: ['title', 'subtitle', 'button label'], es: ['título', 'subtítulo', 'texto del botón'] },
  includes: ['progress', 'button'],
  counts: COUNTS,
  build,
};
