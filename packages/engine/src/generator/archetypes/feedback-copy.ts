import type { IconName } from '../icons.js';
import type { Lang, Status } from '../types.js';

/** Copy and icons shared by alerts and toasts, per feedback kind. */
export const STATUS_ICON: Record<Status, IconName> = { info: 'info', success: 'checkCircle', warning: 'alert', danger: 'xCircle' };

export const FEEDBACK_COPY: Record<Lang, Record<Status, { title: string; message: string; action: string }> & { dismiss: string; undo: string }> = {
  en: {
    info: { title: 'A new version is available', message: 'Version 2.4 adds Svelte 5 exports and faster previews.', action: 'See what’s new' },
    success: { title: 'Changes saved', message: 'Your component was saved and a new version was created.', action: 'View version' },
    warning: { title: 'You’re close to your limit', message: 'You have used 45 of 50 generations this month.', action: 'Upgrade plan' },
    danger: { title: 'Payment failed', message: 'We couldn’t charge your card ending in 4242. Update it to keep your plan.', action: 'Update card' },
    dismiss: 'Dismiss',
    undo: 'Undo',
  },
  es: {
    info: { title: 'Hay una nueva versión', message: 'La versión 2.4 añade exportación a Svelte 5 y vistas previas más rápidas.', action: 'Ver novedades' },
    success: { title: 'Cambios guardados', message: 'Tu componente se ha guardado y se ha creado una nueva versión.', action: 'Ver versión' },
    warning: { title: 'Estás cerca de tu límite', message: 'Has usado 45 de las 50 generaciones de este mes.', action: 'Mejorar plan' },
    danger: { title: 'No se pudo cobrar', message: 'No pudimos cargar tu tarjeta terminada en 4242. Actualízala para mantener tu plan.', action: 'Actualizar tarjeta' },
    dismiss: 'Cerrar',
    undo: 'Deshacer',
  },
};
