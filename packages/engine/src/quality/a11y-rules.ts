import type { ElementNode } from '../spec/schema.js';
import { describe, hasAccessibleName, isButtonInput, type A11yRule } from './a11y-context.js';
import {
  FORM_FIELDS,
  ancestorsOf,
  hasClick,
  hasInteractiveRole,
  isFilled,
  isFocusable,
  isInteractive,
  isNativelyInteractive,
} from './spec-walk.js';

/**
 * The static accessibility lint, one small rule per concern. Errors are WCAG
 * 2.2 AA failures a user would hit; warnings are risks or best practice.
 * The order here is the order issues are reported in.
 */

const interactiveName: A11yRule = {
  id: 'interactive-name',
  wcag: '4.1.2',
  check(ctx, report) {
    for (const visit of ctx.elements) {
      const { node } = visit;
      if (!isInteractive(node) || (FORM_FIELDS.has(node.tag) && !isButtonInput(node))) continue;
      if (!hasAccessibleName(ctx, visit)) {
        report(visit, 'error', `${describe(node)} has no accessible name: give it text, an aria-label or aria-labelledby (or an image with alt).`);
      }
    }
  },
};

const formLabel: A11yRule = {
  id: 'form-label',
  wcag: '1.3.1',
  check(ctx, report) {
    for (const visit of ctx.elements) {
      const { node } = visit;
      if (!FORM_FIELDS.has(node.tag) || isButtonInput(node) || node.attrs?.type === 'hidden') continue;
      if (!hasAccessibleName(ctx, visit)) {
        const hint = isFilled(node.attrs?.placeholder) ? ' A placeholder is not a label.' : '';
        report(visit, 'error', `${describe(node)} has no label: add <label for="id">, wrap it in a <label>, or set aria-label.${hint}`);
      }
    }
  },
};

const imgAlt: A11yRule = {
  id: 'img-alt',
  wcag: '1.1.1',
  check(ctx, report) {
    for (const visit of ctx.elements) {
      const { node } = visit;
      if (node.tag !== 'img' || node.attrs?.alt !== undefined || node.a11y?.hidden === true) continue;
      if (node.a11y?.role === 'presentation' || node.a11y?.role === 'none' || isFilled(node.a11y?.label)) continue;
      report(visit, 'error', `${describe(node)} has no alt attribute: describe the image, or use alt="" if it is decorative.`);
    }
  },
};

const headingOrder: A11yRule = {
  id: 'heading-order',
  wcag: '1.3.1',
  check(ctx, report) {
    let previous: number | undefined;
    for (const visit of ctx.elements) {
      const m = /^h([1-6])$/.exec(visit.node.tag);
      if (!m) continue;
      const level = Number(m[1]);
      if (previous !== undefined && level > previous + 1) {
        report(visit, 'warning', `<h${level}> follows <h${previous}>: heading level ${previous + 1} is skipped.`);
      }
      previous = level;
    }
  },
};

const hasLandmark = (elements: ReadonlyArray<{ node: ElementNode }>, tag: string, role: string) =>
  elements.some(({ node }) => node.tag === tag || node.a11y?.role === role);

const landmarkNav: A11yRule = {
  id: 'landmark-nav',
  wcag: '1.3.1',
  check(ctx, report) {
    if (hasLandmark(ctx.elements, 'nav', 'navigation') || ctx.elements.some(({ node }) => node.a11y?.role === 'menu')) return;
    const links = ctx.elements.filter(({ node }) => node.tag === 'a').length;
    const byName = /nav|breadcrumb|sidebar|menu/i.test(ctx.spec.name);
    const byLinks = links >= 3 && ctx.elements.filter(({ node }) => /^(p|h[1-6]|input|textarea|select)$/.test(node.tag)).length <= 1;
    if (byName || byLinks) {
      report(ctx.elements[0]!, 'warning', `${ctx.spec.name} looks like navigation but has no <nav> (or role="navigation") landmark.`);
    }
  },
};

const landmarkFooter: A11yRule = {
  id: 'landmark-footer',
  wcag: '1.3.1',
  check(ctx, report) {
    if (!/footer/i.test(ctx.spec.name) || hasLandmark(ctx.elements, 'footer', 'contentinfo')) return;
    report(ctx.elements[0]!, 'warning', `${ctx.spec.name} looks like a page footer but has no <footer> (or role="contentinfo") landmark.`);
  },
};

const NO_OUTLINE = /^(none|hidden|0(px|rem|em)?)$/;
const focusVisibleStyle: A11yRule = {
  id: 'focus-visible-style',
  wcag: '2.4.7',
  check(ctx, report) {
    for (const visit of ctx.elements) {
      const { node } = visit;
      if (!isFocusable(node) && !hasInteractiveRole(node)) continue;
      const focus = node.style?.focusVisible ?? {};
      const base = node.style?.base ?? {};
      const shadow = focus.boxShadow !== undefined && focus.boxShadow !== 'none';
      // The outline shown on focus: focus-visible declarations over the resting ones.
      const style = focus.outlineStyle ?? base.outlineStyle;
      const width = focus.outlineWidth ?? base.outlineWidth;
      const hidden = [style, width].some((v) => v !== undefined && NO_OUTLINE.test(v));
      const outline = (focus.outlineStyle !== undefined || focus.outlineWidth !== undefined || focus.outlineColor !== undefined) && !hidden;
      if (shadow || outline) continue;
      if (hidden) report(visit, 'error', `${describe(node)} removes the focus outline and has no focus-visible outline or box-shadow to replace it.`);
      else report(visit, 'warning', `${describe(node)} has no focus-visible style (outline or box-shadow); it relies on the browser default ring.`);
    }
  },
};

const clickNonInteractive: A11yRule = {
  id: 'click-non-interactive',
  wcag: '2.1.1',
  check(ctx, report) {
    for (const visit of ctx.elements) {
      const { node } = visit;
      if (!hasClick(node) || isNativelyInteractive(node)) continue;
      if (!hasInteractiveRole(node)) {
        report(visit, 'error', `${describe(node)} has a click handler but is not interactive: use a <button> (or <a href>) so keyboard and screen-reader users can reach it.`);
      } else if (node.attrs?.tabindex === undefined) {
        report(visit, 'error', `${describe(node)} has role="${node.a11y?.role}" and a click handler but cannot take focus: add tabindex="0".`);
      } else if (!node.events?.some((e) => e.on === 'keydown')) {
        report(visit, 'warning', `${describe(node)} has role="${node.a11y?.role}" but no keydown handler: Enter/Space will not activate it.`);
      }
    }
  },
};

const linkHref: A11yRule = {
  id: 'link-href',
  wcag: '2.1.1',
  check(ctx, report) {
    for (const visit of ctx.elements) {
      const { node } = visit;
      if (node.tag !== 'a') continue;
      const href = node.attrs?.href;
      if (href === undefined) report(visit, 'error', `${describe(node)} has no href: it is not focusable and not a link. Add an href, or use a <button> for actions.`);
      else if ((href === '#' || href === '') && hasClick(node)) report(visit, 'warning', `${describe(node)} uses href="${href}" with a click handler: this is a button, use <button>.`);
    }
  },
};

const buttonType: A11yRule = {
  id: 'button-type',
  check(ctx, report) {
    for (const visit of ctx.elements) {
      if (visit.node.tag !== 'button' || visit.node.attrs?.type !== undefined) continue;
      if (ancestorsOf(visit).some((a) => a.node.tag === 'form')) {
        report(visit, 'warning', `${describe(visit.node)} inside a <form> has no type: it submits the form by default. Set type="submit" or type="button".`);
      }
    }
  },
};

const dialogNameModal: A11yRule = {
  id: 'dialog-name-modal',
  wcag: '4.1.2',
  check(ctx, report) {
    for (const visit of ctx.elements) {
      const { node } = visit;
      const role = node.a11y?.role;
      const isRoleDialog = role === 'dialog' || role === 'alertdialog';
      if (!isRoleDialog && node.tag !== 'dialog') continue;
      if (!isFilled(node.a11y?.label) && !isFilled(node.a11y?.labelledBy)) {
        report(visit, 'error', `${describe(node)} is a dialog without a label: set aria-labelledby to its heading, or aria-label.`);
      }
      if (isRoleDialog && node.a11y?.modal === undefined) {
        report(visit, 'error', `${describe(node)} has role="${role}" but no aria-modal: say whether it is modal.`);
      }
    }
  },
};

const ariaExpandedControls: A11yRule = {
  id: 'aria-expanded-controls',
  wcag: '4.1.2',
  check(ctx, report) {
    for (const visit of ctx.elements) {
      if (visit.node.a11y?.expanded !== undefined && !isFilled(visit.node.a11y.controls)) {
        report(visit, 'warning', `${describe(visit.node)} has aria-expanded but no aria-controls naming what it expands.`);
      }
    }
  },
};

const ariaReference: A11yRule = {
  id: 'aria-reference',
  wcag: '1.3.1',
  check(ctx, report) {
    for (const visit of ctx.elements) {
      for (const key of ['labelledBy', 'describedBy', 'controls'] as const) {
        const ref = visit.node.a11y?.[key];
        const missing = ref?.split(/\s+/).filter((id) => id && !ctx.ids.has(id)) ?? [];
        if (missing.length > 0) report(visit, 'warning', `${describe(visit.node)} ${key} refers to id "${missing.join('", "')}", which no element in the component has.`);
      }
    }
  },
};

const tabindexPositive: A11yRule = {
  id: 'tabindex-positive',
  wcag: '2.4.3',
  check(ctx, report) {
    for (const visit of ctx.elements) {
      const tabindex = Number(visit.node.attrs?.tabindex);
      if (Number.isFinite(tabindex) && tabindex > 0) {
        report(visit, 'warning', `${describe(visit.node)} has tabindex="${tabindex}": positive values reorder focus; use 0 and the document order.`);
      }
    }
  },
};

const duplicateId: A11yRule = {
  id: 'duplicate-id',
  check(ctx, report) {
    for (const [id, visits] of ctx.ids) {
      for (const visit of visits.slice(1)) report(visit, 'warning', `id "${id}" is used by more than one element; labels and ARIA references become ambiguous.`);
    }
  },
};

/** Every accessibility rule, in reporting order. */
export const A11Y_RULES: readonly A11yRule[] = [
  interactiveName,
  formLabel,
  imgAlt,
  headingOrder,
  landmarkNav,
  landmarkFooter,
  focusVisibleStyle,
  clickNonInteractive,
  linkHref,
  buttonType,
  dialogNameModal,
  ariaExpandedControls,
  ariaReference,
  tabindexPositive,
  duplicateId,
];

/** Rule ids, plus "contrast-unresolved" which the contrast check reports. */
export const A11Y_RULE_IDS: readonly string[] = [...A11Y_RULES.map((r) => r.id), 'contrast-unresolved'];

