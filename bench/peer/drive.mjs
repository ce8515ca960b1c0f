// Drives two GraphQL servers with the same scenarios, each written in the server's own schema, and prints one
// Markdown table: req/s, p50, p99 and errors per side, and the ratio A/B. Per scenario: a warm-up of each side, then
// ROUNDS rounds alternating A B A B, so both sides are measured in the same minutes.
//   node drive.mjs A_NAME A_URL A_KIND B_NAME B_URL B_KIND
// KIND is "claimgraph" or "postgraphile". Environment: CONNECTIONS (32), DURATION (10 s), WARMUP (10 s per side,
// twice), ROUNDS (2 per side), SCENARIOS (comma-separated names, default all), RESULTS_JSON (file for the raw figures).
import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';

const [aName, aUrl, aKind, bName, bUrl, bKind] = process.argv.slice(2);
const CONNECTIONS = Number(process.env.CONNECTIONS || 32);
const DURATION = Number(process.env.DURATION || 10);
const WARMUP = Number(process.env.WARMUP || 10);
const ROUNDS = Number(process.env.ROUNDS || 2);
const ARTICLES = 10000;
const ACTORS = 2000;

const rand = (max) => 1 + Math.floor(Math.random() * max);
// a box of 10 by 40 degrees somewhere in the dataset's span (latitude -60..70, longitude -180..180): about 40 places
const box = () => {
  const south = -60 + Math.random() * 120;
  const west = -180 + Math.random() * 320;
  return { south, north: south + 10, west, east: west + 40 };
};

// Each scenario: a name and, per kind, a function giving { query, variables } (context: cursors found at setup).
const SCENARIOS = [
  {
    name: 'article by id with its 10 claims',
    claimgraph: () => ({
      query: 'query($id: ID!) { article(id: $id) { id headline publishedAt claims { id text certainty hedges } } }',
      variables: { id: String(rand(ARTICLES)) },
    }),
    postgraphile: () => ({
      query: 'query($id: BigInt!) { articleById(id: $id) { id headline publishedAt claimsByArticleId(orderBy: [POSITION_ASC]) { nodes { id text certainty hedges } } } }',
      variables: { id: String(rand(ARTICLES)) },
    }),
  },
  {
    name: '20 newest articles × claims × asserter × locations × parent',
    claimgraph: () => ({
      query: '{ articles(first: 20) { edges { node { headline claims { text certainty assertedBy { name } locations { name parent { name } } } } } pageInfo { endCursor hasNextPage } } }',
    }),
    postgraphile: () => ({
      query: '{ allArticles(first: 20, orderBy: [SORT_AT_DESC, ID_DESC]) { edges { node { headline claimsByArticleId(orderBy: [POSITION_ASC]) { nodes { text certainty actorByAssertedById { name } claimLocationsByClaimId { nodes { locationByLocationId { name locationByParentId { name } } } } } } } } pageInfo { endCursor hasNextPage } } }',
    }),
  },
  {
    name: 'claims filtered by certainty, newest 20',
    claimgraph: () => ({
      query: '{ claims(filter: {certainty: [REPORTED]}, first: 20) { edges { node { id text certainty } } pageInfo { endCursor hasNextPage } } }',
    }),
    postgraphile: () => ({
      query: '{ allClaims(first: 20, orderBy: [SORT_AT_DESC, ID_DESC], filter: {certainty: {in: ["REPORTED"]}}) { edges { node { id text certainty } } pageInfo { endCursor hasNextPage } } }',
    }),
  },
  {
    name: 'actor with its first 5 claims',
    claimgraph: () => ({
      query: 'query($id: ID!) { actor(id: $id) { name claims(first: 5) { edges { node { id text } } } } }',
      variables: { id: String(rand(ACTORS)) },
    }),
    postgraphile: () => ({
      query: 'query($id: BigInt!) { actorById(id: $id) { name claims(first: 5) { edges { node { id text } } } } }',
      variables: { id: String(rand(ACTORS)) },
    }),
  },
  {
    name: 'locations inside a bounding box, with their parents',
    claimgraph: () => ({
      query: 'query($box: BoundingBox!) { locations(filter: {within: $box}, first: 20) { edges { node { id name latitude longitude parent { name } } } pageInfo { endCursor hasNextPage } } }',
      variables: { box: box() },
    }),
    postgraphile: () => {
      const b = box();
      return {
        query: 'query($s: Float!, $n: Float!, $w: Float!, $e: Float!) { allLocations(first: 20, orderBy: [NAME_KEY_ASC, ID_ASC], filter: {latitude: {greaterThanOrEqualTo: $s, lessThanOrEqualTo: $n}, longitude: {greaterThanOrEqualTo: $w, lessThanOrEqualTo: $e}}) { edges { node { id name latitude longitude locationByParentId { name } } } pageInfo { endCursor hasNextPage } } }',
        variables: { s: b.south, n: b.north, w: b.west, e: b.east },
      };
    },
  },
  {
    name: "an actor's claims with quantities",
    claimgraph: () => ({
      query: 'query($id: ID!) { claims(filter: {assertedById: $id}, first: 20) { edges { node { id text quantities { value unit measure text } } } pageInfo { endCursor hasNextPage } } }',
      variables: { id: String(rand(ACTORS)) },
    }),
    postgraphile: () => ({
      query: 'query($id: BigInt!) { allClaims(first: 20, orderBy: [SORT_AT_DESC, ID_DESC], condition: {assertedById: $id}) { edges { node { id text quantitiesByClaimId(orderBy: [POSITION_ASC]) { nodes { amount unit measure text } } } } pageInfo { endCursor hasNextPage } } }',
      variables: { id: String(rand(ACTORS)) },
    }),
  },
  {
    name: 'page 50 of a filtered list, by cursor',
    // the cursor of page 49's end, found by walking the list at setup
    claimgraph: (ctx) => ({
      query: 'query($after: String) { claims(filter: {certainty: [REPORTED]}, first: 20, after: $after) { edges { node { id text certainty } } pageInfo { endCursor hasNextPage } } }',
      variables: { after: ctx.claimgraphCursor },
    }),
    postgraphile: (ctx) => ({
      query: 'query($after: Cursor) { allClaims(first: 20, after: $after, orderBy: [SORT_AT_DESC, ID_DESC], filter: {certainty: {in: ["REPORTED"]}}) { edges { node { id text certainty } } pageInfo { endCursor hasNextPage } } }',
      variables: { after: ctx.postgraphileCursor },
    }),
  },
];

async function post(url, body) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await response.json();
  if (json.errors) throw new Error(`${url}: ${JSON.stringify(json.errors)}`);
  return json.data;
}

async function walkTo50(kind, url, scenario) {
  const ctx = { claimgraphCursor: null, postgraphileCursor: null };
  for (let page = 1; page < 50; page++) {
    const data = await post(url, scenario[kind](ctx));
    const connection = kind === 'claimgraph' ? data.claims : data.allClaims;
    ctx[`${kind}Cursor`] = connection.pageInfo.endCursor;
  }
  return ctx[`${kind}Cursor`];
}

function load(url, kind, scenario, ctx, seconds) {
  let errors = 0;
  return new Promise((resolve, reject) => {
    autocannon({
      url,
      connections: CONNECTIONS,
      duration: seconds,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: [{
        setupRequest: (request) => ({ ...request, body: JSON.stringify(scenario[kind](ctx)) }),
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors"') || !body.includes('"data"')) errors++;
        },
      }],
    }, (err, result) => {
      if (err) return reject(err);
      resolve({
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: errors + result.errors + result.timeouts + result.non2xx,
        requests: result.requests.total,
      });
    });
  });
}

const sides = [
  { name: aName, url: aUrl, kind: aKind },
  { name: bName, url: bUrl, kind: bKind },
];
const wanted = process.env.SCENARIOS ? process.env.SCENARIOS.split(',').map((s) => s.trim()) : null;
const raw = [];
const rows = [];
for (const scenario of SCENARIOS) {
  if (wanted && !wanted.some((w) => scenario.name.startsWith(w))) continue;
  const ctx = {};
  if (scenario.name.startsWith('page 50')) {
    for (const side of sides) ctx[`${side.kind}Cursor`] = await walkTo50(side.kind, side.url, scenario);
  }
  // every scenario's query answers with data and no error on both sides before it is timed
  for (const side of sides) await post(side.url, scenario[side.kind](ctx));
  for (let i = 0; i < 2; i++) for (const side of sides) await load(side.url, side.kind, scenario, ctx, WARMUP);
  const rounds = sides.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let s = 0; s < sides.length; s++) rounds[s].push(await load(sides[s].url, sides[s].kind, scenario, ctx, DURATION));
  }
  const summary = rounds.map((rs) => ({
    rps: rs.reduce((t, r) => t + r.rps, 0) / rs.length,
    rounds: rs.map((r) => Math.round(r.rps)),
    p50: Math.max(...rs.map((r) => r.p50)),
    p99: Math.max(...rs.map((r) => r.p99)),
    errors: rs.reduce((t, r) => t + r.errors, 0),
  }));
  raw.push({ scenario: scenario.name, sides: sides.map((s, i) => ({ name: s.name, rounds: rounds[i] })) });
  const [a, b] = summary;
  const row = `| ${scenario.name} | ${a.rounds.join(', ')} | ${a.p50} / ${a.p99} | ${a.errors} | ${b.rounds.join(', ')} | ${b.p50} / ${b.p99} | ${b.errors} | **${(a.rps / b.rps).toFixed(2)}** |`;
  rows.push(row);
  console.error(row);
}
if (process.env.RESULTS_JSON) writeFileSync(process.env.RESULTS_JSON, JSON.stringify(raw, null, 2));
console.log(`| scenario | ${aName} req/s (rounds) | p50 / p99 ms (worst round) | errors | ${bName} req/s (rounds) | p50 / p99 ms (worst round) | errors | ratio |`);
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
