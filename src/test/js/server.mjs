// Where the server under test listens, and small helpers every client test shares.
import { randomInt } from 'node:crypto';

const base = process.env.CLAIMGRAPH_URL;
if (!base) {
  throw new Error('CLAIMGRAPH_URL is not set: start Claimgraph and set it, e.g. CLAIMGRAPH_URL=http://localhost:8080');
}

export const BASE_URL = base.replace(/\/+$/, '');
export const GRAPHQL_URL = `${BASE_URL}/graphql`;
export const WS_URL = GRAPHQL_URL.replace(/^http/, 'ws');

/**
 * A word no other run uses, so that a run can tell its own rows from what earlier runs (or other suites on the
 * same database) stored. Letters only: PostgreSQL's full-text search, which the text filters use there, keeps
 * a plain word as one token.
 */
export function uniqueWord(prefix = 'cg') {
  let word = prefix;
  for (let i = 0; i < 10; i++) {
    word += String.fromCharCode(97 + randomInt(26));
  }
  return word;
}

/** One GraphQL request as any HTTP client sends it: the answer's JSON, whatever it holds. */
export async function postGraphQL(query, variables) {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status} without JSON: ${text.slice(0, 500)}`);
  }
}

/** Article input whose body is these sentences, a paragraph each, each one a claim if the extractor finds one in it. */
export function articleInput(url, headline, sentences, publishedAt) {
  return { url, headline, body: sentences.join('\n\n'), publisher: 'Client Test Wire', publishedAt };
}
