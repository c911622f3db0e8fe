export { createPreviewBuilder } from './build-preview.js';
export { previewCsp } from './preview-csp.js';
export type { PreviewAsset, PreviewBuilder, PreviewBuilderOptions, PreviewDocument, PreviewPolicy, PreviewRequest } from './types.js';
