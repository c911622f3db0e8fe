import type { FastifyInstance, FastifySchema } from 'fastify';
import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import secureJson from 'secure-json-parse';
import { errors } from '@anclora/shared';

function makeAjv(options: Options): Ajv {
  const ajv = new Ajv({ removeAdditional: false, useDefaults: true, allErrors: false, strict: false, ...options });
  addFormats.default(ajv);
  return ajv;
}

/**
 * Request validation with one rule per part: a JSON body is taken exactly as
 * sent (`"password": 123` is a wrong type, not a string), while querystring,
 * params and headers arrive as text and are coerced to the declared types.
 */
export function installValidation(app: FastifyInstance): void {
  const strict = makeAjv({ coerceTypes: false });
  const coercing = makeAjv({ coerceTypes: 'array' });
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema as FastifySchema & object) as (data: unknown) => boolean,
  );
}

/**
 * JSON bodies parsed with prototype-poisoning protection (as Fastify's own
 * parser does), except that an empty body is "no body": a bare
 * `fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' } })`
 * to logout or refresh must work, and routes that need a body still reject it
 * through their schema.
 */
export function installJsonParser(app: FastifyInstance, bodyLimit: number): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (_request, body, done) => {
    const text = (body as string).trim();
    if (text === '') return done(null, undefined);
    try {
      done(null, secureJson.parse(text, undefined, { protoAction: 'remove', constructorAction: 'remove' }));
    } catch {
      done(errors.invalidJson(), undefined);
    }
  });
}
