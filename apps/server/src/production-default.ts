/**
 * Imported first by main.ts: the server runs in production mode unless NODE_ENV says otherwise, and
 * graphql-js must know it before it loads (in development mode it checks every type with a slow
 * cross-realm instanceOf, which costs a large tree query about a tenth of its time).
 */
process.env.NODE_ENV ??= 'production';
export {};
