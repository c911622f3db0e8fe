import type { TargetId } from '@anclora/engine';

export const EXAMPLE_CATEGORIES = ['buttons', 'cards', 'forms', 'navigation', 'dashboards', 'e-commerce'] as const;
export type ExampleCategory = (typeof EXAMPLE_CATEGORIES)[number];

/**
 * One curated example: a prompt the offline generator turns into a spec (so
 * every example is reproducible and compiles to every target), the target and
 * design system it is shown in, and the archetype the prompt must land on —
 * the catalogue test fails if a generator change moves an example elsewhere.
 */
export interface ExampleEntry {
  id: string;
  name: string;
  description: string;
  category: ExampleCategory;
  target: Extract<TargetId, 'html-css' | 'react-tailwind' | 'react-chakra'>;
  designSystemId: 'anclora-ocean' | 'material-3' | 'tailwind' | 'bootstrap-5';
  prompt: string;
  archetype: string;
}

// Vanilla CSS 12, Tailwind 15, Chakra UI 10 (PRODUCT.md, "Library").
export const EXAMPLES: readonly ExampleEntry[] = [
  // — Vanilla CSS (html-css) —
  { id: 'css-primary-button', name: 'Primary button', description: 'A large primary call-to-action button with a clear focus ring.', category: 'buttons', target: 'html-css', designSystemId: 'anclora-ocean', prompt: 'Large primary button "Get started"', archetype: 'button' },
  { id: 'css-status-badges', name: 'Status badge', description: 'A pill-shaped status badge in the success colours.', category: 'buttons', target: 'html-css', designSystemId: 'anclora-ocean', prompt: 'Status badge "Active" in success colours', archetype: 'badge' },
  { id: 'css-blog-card', name: 'Blog card', description: 'An article card with image, title, excerpt and a read-more link.', category: 'cards', target: 'html-css', designSystemId: 'anclora-ocean', prompt: 'Blog card with image, title and excerpt', archetype: 'card' },
  { id: 'css-testimonial', name: 'Testimonial', description: 'A customer quote with author, role and avatar.', category: 'cards', target: 'html-css', designSystemId: 'bootstrap-5', prompt: 'Testimonial with a customer quote and author', archetype: 'testimonial' },
  { id: 'css-contact-form', name: 'Contact form', description: 'Name, email and message fields with labels and validation hints.', category: 'forms', target: 'html-css', designSystemId: 'anclora-ocean', prompt: 'Contact form with name, email and message', archetype: 'contact-form' },
  { id: 'css-newsletter', name: 'Newsletter signup', description: 'An email capture block with a subscribe button.', category: 'forms', target: 'html-css', designSystemId: 'material-3', prompt: 'Newsletter signup with an email field', archetype: 'newsletter' },
  { id: 'css-navbar', name: 'Site navbar', description: 'A top navigation bar with brand, links and a call to action.', category: 'navigation', target: 'html-css', designSystemId: 'anclora-ocean', prompt: 'Navigation bar with logo and links', archetype: 'navbar' },
  { id: 'css-breadcrumbs', name: 'Breadcrumbs', description: 'A breadcrumb trail marking the current page.', category: 'navigation', target: 'html-css', designSystemId: 'bootstrap-5', prompt: 'Breadcrumbs for a product page', archetype: 'breadcrumbs' },
  { id: 'css-kpi-stats', name: 'KPI stats', description: 'Three metric cards with values and trends.', category: 'dashboards', target: 'html-css', designSystemId: 'anclora-ocean', prompt: 'KPI stats widget with 3 metrics', archetype: 'stats-widget' },
  { id: 'css-progress', name: 'Upload progress', description: 'A labelled progress bar at 75 %.', category: 'dashboards', target: 'html-css', designSystemId: 'material-3', prompt: 'Progress bar at 75%', archetype: 'progress' },
  { id: 'css-product-card', name: 'Product card', description: 'A product with image, price, rating and add-to-cart.', category: 'e-commerce', target: 'html-css', designSystemId: 'anclora-ocean', prompt: 'Product card with price and add to cart button', archetype: 'product-card' },
  { id: 'css-pricing-table', name: 'Pricing table', description: 'Three plans with the middle one highlighted.', category: 'e-commerce', target: 'html-css', designSystemId: 'anclora-ocean', prompt: 'Pricing table with 3 plans, the middle one highlighted', archetype: 'pricing-table' },

  // — Tailwind CSS (react-tailwind) —
  { id: 'tw-toggle-settings', name: 'Settings toggles', description: 'Labelled on/off switches for notification settings.', category: 'buttons', target: 'react-tailwind', designSystemId: 'tailwind', prompt: 'Toggle switch for notification settings', archetype: 'toggle-switch' },
  { id: 'tw-actions-menu', name: 'Actions menu', description: 'A dropdown menu of actions behind a button.', category: 'buttons', target: 'react-tailwind', designSystemId: 'tailwind', prompt: 'Dropdown menu with edit, duplicate and delete actions', archetype: 'dropdown-menu' },
  { id: 'tw-profile-card', name: 'Profile card', description: 'A team member with avatar, bio and follow button.', category: 'cards', target: 'react-tailwind', designSystemId: 'tailwind', prompt: 'Profile card for a team member with bio', archetype: 'profile-card' },
  { id: 'tw-feature-grid', name: 'Feature grid', description: 'Six benefits in a responsive grid with icons.', category: 'cards', target: 'react-tailwind', designSystemId: 'anclora-ocean', prompt: 'Feature grid with 6 features', archetype: 'feature-grid' },
  { id: 'tw-hero', name: 'Hero section', description: 'A landing hero with headline, lead text and two actions.', category: 'cards', target: 'react-tailwind', designSystemId: 'anclora-ocean', prompt: 'Hero section with headline and two buttons', archetype: 'hero' },
  { id: 'tw-login', name: 'Sign-in form', description: 'Email and password with remember-me and a forgot link.', category: 'forms', target: 'react-tailwind', designSystemId: 'tailwind', prompt: 'Login form with email and password', archetype: 'login-form' },
  { id: 'tw-signup-es', name: 'Registro (ES)', description: 'A Spanish sign-up form, generated from a Spanish prompt.', category: 'forms', target: 'react-tailwind', designSystemId: 'anclora-ocean', prompt: 'Formulario de registro con nombre, correo y contraseña', archetype: 'signup-form' },
  { id: 'tw-file-upload', name: 'File upload', description: 'A drop zone with a file picker and accepted types.', category: 'forms', target: 'react-tailwind', designSystemId: 'tailwind', prompt: 'File upload dropzone', archetype: 'file-upload' },
  { id: 'tw-sidebar', name: 'App sidebar', description: 'Vertical navigation with the current section marked.', category: 'navigation', target: 'react-tailwind', designSystemId: 'tailwind', prompt: 'Sidebar navigation for an app', archetype: 'sidebar' },
  { id: 'tw-tabs', name: 'Tabs', description: 'Accessible tabs with panels.', category: 'navigation', target: 'react-tailwind', designSystemId: 'anclora-ocean', prompt: 'Tabs with 3 tab panels', archetype: 'tabs' },
  { id: 'tw-data-table', name: 'Orders table', description: 'A sortable data table with status badges.', category: 'dashboards', target: 'react-tailwind', designSystemId: 'tailwind', prompt: 'Data table of orders with sortable columns', archetype: 'data-table' },
  { id: 'tw-notifications', name: 'Notification center', description: 'A list of notifications with unread markers.', category: 'dashboards', target: 'react-tailwind', designSystemId: 'anclora-ocean', prompt: 'Notification list panel', archetype: 'notification-list' },
  { id: 'tw-timeline', name: 'Project timeline', description: 'Milestones in order with dates.', category: 'dashboards', target: 'react-tailwind', designSystemId: 'tailwind', prompt: 'Timeline of project milestones', archetype: 'timeline' },
  { id: 'tw-product-card', name: 'Shop item', description: 'A product card in the Tailwind palette.', category: 'e-commerce', target: 'react-tailwind', designSystemId: 'tailwind', prompt: 'Product card for a shop with add to cart', archetype: 'product-card' },
  { id: 'tw-checkout', name: 'Checkout steps', description: 'A multi-step checkout with the current step marked.', category: 'e-commerce', target: 'react-tailwind', designSystemId: 'anclora-ocean', prompt: 'Multi step checkout wizard', archetype: 'multi-step-form' },

  // — Chakra UI (react-chakra) —
  { id: 'chakra-button', name: 'Outline button', description: 'A secondary outline button in Chakra UI.', category: 'buttons', target: 'react-chakra', designSystemId: 'anclora-ocean', prompt: 'Outline button "Learn more"', archetype: 'button' },
  { id: 'chakra-tooltip', name: 'Tooltip', description: 'A hint bubble on an icon button.', category: 'buttons', target: 'react-chakra', designSystemId: 'material-3', prompt: 'Tooltip with a hint', archetype: 'tooltip' },
  { id: 'chakra-pricing-es', name: 'Tarjeta de precios (ES)', description: 'Three plans, the middle one highlighted, from a Spanish prompt.', category: 'cards', target: 'react-chakra', designSystemId: 'anclora-ocean', prompt: 'tarjeta de precios con 3 planes, el del medio destacado', archetype: 'pricing-table' },
  { id: 'chakra-cta', name: 'Call to action', description: 'A promo banner with a headline and one action.', category: 'cards', target: 'react-chakra', designSystemId: 'anclora-ocean', prompt: 'CTA banner to start a free trial', archetype: 'cta-banner' },
  { id: 'chakra-search', name: 'Search bar', description: 'A labelled search field with a submit button.', category: 'forms', target: 'react-chakra', designSystemId: 'material-3', prompt: 'Search bar with a button', archetype: 'search-bar' },
  { id: 'chakra-accordion', name: 'FAQ accordion', description: 'Frequently asked questions that expand and collapse.', category: 'navigation', target: 'react-chakra', designSystemId: 'anclora-ocean', prompt: 'FAQ accordion with 4 questions', archetype: 'accordion' },
  { id: 'chakra-footer', name: 'Site footer', description: 'Footer with link columns and copyright.', category: 'navigation', target: 'react-chakra', designSystemId: 'bootstrap-5', prompt: 'Site footer with link columns', archetype: 'footer' },
  { id: 'chakra-alert', name: 'Alert', description: 'A warning alert with a title and description.', category: 'dashboards', target: 'react-chakra', designSystemId: 'anclora-ocean', prompt: 'Warning alert message', archetype: 'alert' },
  { id: 'chakra-empty-state', name: 'Empty state', description: 'No results yet, with a way forward.', category: 'dashboards', target: 'react-chakra', designSystemId: 'material-3', prompt: 'Empty state with no results', archetype: 'empty-state' },
  { id: 'chakra-cookie', name: 'Cookie consent', description: 'A consent banner with accept and settings actions.', category: 'e-commerce', target: 'react-chakra', designSystemId: 'anclora-ocean', prompt: 'Cookie consent banner', archetype: 'cookie-banner' },
];
