// PostGraphile v4 as a front-end team would run it in production, on the bench database: the connection filter
// plugin, no GraphiQL, no query log, no stack traces, no schema watching.
//   node postgraphile-server.mjs postgres://user@host:port/db PORT
import http from 'node:http';
import { postgraphile } from 'postgraphile';
import ConnectionFilterPlugin from 'postgraphile-plugin-connection-filter';

const [, , databaseUrl, port] = process.argv;
const middleware = postgraphile(databaseUrl, 'public', {
  appendPlugins: [ConnectionFilterPlugin],
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  legacyRelations: 'omit',
  extendedErrors: ['errcode'],
  showErrorStack: false,
  disableQueryLog: true,
  graphiql: false,
  enableQueryBatching: true,
  watchPg: false,
  retryOnInitFail: false,
});
http.createServer(middleware).listen(Number(port), '127.0.0.1', () => console.log(`postgraphile on ${port}`));
