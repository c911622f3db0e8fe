import { Type, type Static } from 'typebox';

/** A design-system id: a built-in preset's slug or a stored one's UUID. */
export const DesignSystemId = Type.String({
  pattern: '^(?:[a-z0-9][a-z0-9-]{0,39}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$',
  description: "A preset's slug (e.g. anclora-ocean) or a stored design system's UUID",
});

export const TOKEN_IMPORT_FORMATS = ['dtcg', 'style-dictionary', 'css', 'tailwind'] as const;
export const TOKEN_EXPORT_FORMATS = ['css', 'scss', 'js', 'ts', 'tailwind', 'dtcg'] as const;

export const TargetIdSchema = Type.String({ pattern: '^[a-z]+(?:-[a-z]+)*$', maxLength: 40 });

export const TargetsResponse = Type.Object({
  targets: Type.Array(
    Type.Object({ id: Type.String(), framework: Type.String(), styling: Type.String(), label: Type.String(), detail: Type.String() }),
  ),
});

export const CompileBody = Type.Object(
  {
    spec: Type.Unknown({ description: 'A component spec (see the spec JSON Schema at /api/spec/schema)' }),
    targets: Type.Array(TargetIdSchema, { minItems: 1, maxItems: 10, uniqueItems: true }),
    designSystemId: Type.Optional(DesignSystemId),
  },
  { additionalProperties: false },
);
export type CompileBody = Static<typeof CompileBody>;

export const DesignSystemBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    format: Type.Optional(Type.Union(TOKEN_IMPORT_FORMATS.map((f) => Type.Literal(f)))),
    source: Type.Optional(Type.String({ maxLength: 2_000_000, description: 'The token file as text' })),
    preset: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,40}$', description: 'Copy a built-in preset instead of importing' })),
  },
  { additionalProperties: false },
);
export type DesignSystemBody = Static<typeof DesignSystemBody>;

export const DesignSystemPatchBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    format: Type.Optional(Type.Union(TOKEN_IMPORT_FORMATS.map((f) => Type.Literal(f)))),
    source: Type.Optional(Type.String({ maxLength: 2_000_000 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type DesignSystemPatchBody = Static<typeof DesignSystemPatchBody>;

export const DesignSystemParams = Type.Object({ id: DesignSystemId });
export const ExportQuery = Type.Object({ format: Type.Union(TOKEN_EXPORT_FORMATS.map((f) => Type.Literal(f))) });

/** Pasted code to import into a spec (POST /api/import, or saved with POST /api/components). */
export const HtmlImportBody = Type.Object(
  {
    source: Type.String({ minLength: 1, maxLength: 500_000, description: 'Pasted code' }),
    format: Type.Literal('html'),
    name: Type.Optional(Type.String({ pattern: '^[A-Z][a-zA-Z0-9]{0,63}$' })),
    designSystemId: Type.Optional(DesignSystemId),
  },
  { additionalProperties: false },
);

export const ComponentCreateBody = Type.Union([
  Type.Object(
    {
      spec: Type.Unknown(),
      name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
      designSystemId: Type.Optional(DesignSystemId),
    },
    { additionalProperties: false },
  ),
  HtmlImportBody,
]);
export type ComponentCreateBody = Static<typeof ComponentCreateBody>;

export const CodeQuery = Type.Object({ target: TargetIdSchema });
