import { Type, type Static } from 'typebox';

/** The error shape of every non-2xx answer (PRODUCT.md). */
export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable SNAKE_CASE code', examples: ['VALIDATION_ERROR'] }),
      message: Type.String(),
      details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    }),
  },
  { $id: 'ErrorResponse', title: 'Error' },
);
export type ErrorResponse = Static<typeof ErrorResponse>;

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export type IdParams = Static<typeof IdParams>;

export const PaginationQuery = Type.Object({
  page: Type.Integer({ minimum: 1, default: 1 }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});
export type PaginationQuery = Static<typeof PaginationQuery>;

/** Error answers every route may give, referenced from each route schema. */
export const commonErrorResponses = {
  400: Type.Ref('ErrorResponse'),
  413: Type.Ref('ErrorResponse'),
  429: Type.Ref('ErrorResponse'),
  500: Type.Ref('ErrorResponse'),
} as const;

/** Whether a string is a UUID (stored rows' ids, as opposed to preset slugs). */
export const isUuid = (id: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
