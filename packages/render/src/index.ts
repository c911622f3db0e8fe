// Rendering and verification: preview documents for every target (preview/),
// a pool of headless Chromium pages that screenshot, audit and measure them
// (browser/), and pixel comparison for visual regression (diff/).
export {};
