/**
 * What Dyad adds to Fastify's route options: OpenAPI words on a schema (the ones @fastify/swagger
 * would add) and the `write` and `public` flags on a route's config that decide who may call it.
 */
declare module 'fastify' {
  interface FastifySchema {
    summary?: string;
    description?: string;
    tags?: string[];
    /** Content types the body may have, for the OpenAPI document. */
    consumes?: string[];
    /** A 200 that is not JSON: its media type by the `format` asked for, for the OpenAPI document. */
    produces?: Record<string, string>;
    /** Leave the route out of the OpenAPI document. */
    hide?: boolean;
  }
  interface FastifyContextConfig {
    /** The route changes the store: it needs the bearer token. */
    write?: boolean;
    /**
     * The route serves no data (the dashboard's files): open even on a private server. Every route
     * without it is an API read, which a private server guards.
     */
    public?: boolean;
  }
}

export {};
