export { CHROMIUM_PATH, launchChromium } from './chromium.js';
export { changedPixelRatio } from './pixel-diff.js';
export { pageProblems, watchPage, type PageWatch } from './page-watch.js';
export { startPreviewServer, type PreviewServer } from './preview-server.js';
export { startStaticSite, htmlDocument, type StaticSite, type StaticResponse } from './static-site.js';
