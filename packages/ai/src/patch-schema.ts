/** JSON Schema of a refinement answer: `{patch: [RFC 6902 operations]}` (tools and JSON-schema output need an object root). */
export const PATCH_ANSWER_SCHEMA = {
  type: 'object',
  properties: {
    patch: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          op: { type: 'string', enum: ['add', 'remove', 'replace', 'move', 'copy', 'test'] },
          path: { type: 'string' },
          from: { type: 'string' },
          value: {},
        },
        required: ['op', 'path'],
      },
    },
  },
  required: ['patch'],
} as const;
