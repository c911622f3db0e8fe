/** Same-origin URLs the shell links to. */
export const API_DOCS_URL = '/api/docs';
