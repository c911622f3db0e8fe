import type { Archetype } from '../types.js';
import { accordion } from './accordion.js';
import { alert } from './alert.js';
import { avatarGroup } from './avatar-group.js';
import { badge } from './badge.js';
import { breadcrumbs } from './breadcrumbs.js';
import { button } from './button.js';
import { card } from './card.js';
import { contactForm } from './contact-form.js';
import { cookieBanner } from './cookie-banner.js';
import { ctaBanner } from './cta-banner.js';
import { dataTable } from './data-table.js';
import { dropdownMenu } from './dropdown-menu.js';
import { emptyState } from './empty-state.js';
import { featureGrid } from './feature-grid.js';
import { fileUpload } from './file-upload.js';
import { footer } from './footer.js';
import { hero } from './hero.js';
import { loginForm } from './login-form.js';
import { modal } from './modal.js';
import { multiStepForm } from './multi-step-form.js';
import { navbar } from './navbar.js';
import { newsletter } from './newsletter.js';
import { notificationList } from './notification-list.js';
import { pagination } from './pagination.js';
import { pricingTable } from './pricing-table.js';
import { productCard } from './product-card.js';
import { profileCard } from './profile-card.js';
import { progress } from './progress.js';
import { searchBar } from './search-bar.js';
import { sidebar } from './sidebar.js';
import { signupForm } from './signup-form.js';
import { statsWidget } from './stats-widget.js';
import { tabs } from './tabs.js';
import { testimonial } from './testimonial.js';
import { timeline } from './timeline.js';
import { toast } from './toast.js';
import { toggleSwitch } from './toggle-switch.js';
import { tooltip } from './tooltip.js';

/**
 * The offline generator's catalogue. Order matters only for ties in prompt
 * scoring: specific archetypes come before general ones (a "pricing card" is
 * a pricing table before it is a card), and `card` closes the list as the
 * fallback for prompts nothing else fits.
 */
export const ARCHETYPES: readonly Archetype[] = [
  pricingTable,
  productCard,
  profileCard,
  statsWidget,
  loginForm,
  signupForm,
  contactForm,
  multiStepForm,
  newsletter,
  searchBar,
  fileUpload,
  dataTable,
  navbar,
  sidebar,
  breadcrumbs,
  tabs,
  accordion,
  pagination,
  footer,
  dropdownMenu,
  modal,
  toast,
  notificationList,
  cookieBanner,
  alert,
  badge,
  tooltip,
  toggleSwitch,
  progress,
  avatarGroup,
  timeline,
  testimonial,
  emptyState,
  featureGrid,
  hero,
  ctaBanner,
  button,
  card,
];

export const ARCHETYPE_IDS: readonly string[] = ARCHETYPES.map((a) => a.id);

/** The archetype used when a prompt names nothing the catalogue knows. */
export const FALLBACK_ARCHETYPE: Archetype = card;

export const archetypeById = (id: string): Archetype | undefined => ARCHETYPES.find((a) => a.id === id);
