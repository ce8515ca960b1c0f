// Live updates through graphql-ws, the client front ends use: articleIngested and claimAdded(filter) over the
// graphql-transport-ws protocol at /graphql, while articles are ingested over HTTP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { WS_URL, postGraphQL, uniqueWord, articleInput } from './server.mjs';

const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { outcome article { id url headline claims { id text } } } }';
const INGEST_MANY = 'mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { outcome error article { id url claims { id text } } } }';

const word = uniqueWord();
let client;
let articles;
let inputs;
let allClaims;
let matchingClaims;
// articles stored only to learn that the subscriptions are live; the checks leave out their events
const probeIds = new Set();

/** One subscription's results as they arrive, with a way to wait for one. */
class Feed {
  constructor(name, query, variables) {
    this.name = name;
    this.items = [];
    this.errors = [];
    this.completed = false;
    this.listeners = new Set();
    this.unsubscribe = client.subscribe({ query, variables }, {
      next: (result) => {
        if (result.errors) this.errors.push(result.errors);
        if (result.data) this.items.push(result.data);
        this.notify();
      },
      error: (error) => {
        this.errors.push(error);
        this.notify();
      },
      complete: () => {
        this.completed = true;
        this.notify();
      },
    });
  }

  notify() {
    for (const listener of this.listeners) listener();
  }

  /** Resolves once check(this) is truthy; rejects after timeoutMs with what did arrive. */
  until(check, what, timeoutMs = 15_000) {
    return new Promise((resolve, reject) => {
      const listener = () => {
        const value = check(this);
        if (value) {
          finish();
          resolve(value);
        } else if (this.errors.length || this.completed) {
          finish();
          reject(new Error(`${this.name} ended while waiting for ${what}: ${JSON.stringify(this.errors)}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`${this.name}: no ${what} within ${timeoutMs} ms; received ${JSON.stringify(this.items)}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      this.listeners.add(listener);
      listener();
    });
  }
}

const articleOf = (item) => item.articleIngested;
const claimOf = (item) => item.claimAdded;

/** The events of this run's own articles, probes left out. */
function ownArticles(feed) {
  return feed.items.map(articleOf).filter((article) => !probeIds.has(article.id) && article.url.includes(word));
}
function ownClaims(feed) {
  return feed.items.map(claimOf).filter((claim) => !probeIds.has(claim.article.id));
}

async function ingest(input) {
  const answer = await postGraphQL(INGEST, { input });
  assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
  return answer.data.ingestArticle;
}

/** Two sentences the extractor turns into two claims: the first carries the run's word, the second does not. */
function twoClaims(n, other) {
  return [
    `The port authority said on Monday that ${10 + n} ships were waiting outside the harbour ${word}.`,
    `Officials in Poland reported that ${20 + n} drones crossed the border near Lublin on Tuesday ${other}.`,
  ];
}

let feeds;

before(async () => {
  client = createClient({ url: WS_URL, webSocketImpl: WebSocket, retryAttempts: 0 });
  feeds = {
    articles: new Feed('articleIngested', 'subscription { articleIngested { id url headline } }'),
    claims: new Feed('claimAdded', 'subscription { claimAdded { id text article { id } } }'),
    filtered: new Feed('claimAdded(filter)', 'subscription($f: ClaimFilter) { claimAdded(filter: $f) { id text article { id } } }',
      { f: { text: word } }),
  };
  // The protocol confirms a connection, not a subscription: the server may still be setting one up when the
  // first ingest commits. Probe articles (whose claims match the filter too) are stored until every feed has
  // seen one; from then on each subscription is known to be live.
  for (let attempt = 0; ; attempt++) {
    const probe = await ingest(articleInput(`https://news.example/live/${word}/probe-${attempt}`, `Probe ${attempt} ${word}`,
      [`The port authority said on Sunday that ${attempt + 1} probes were launched ${word}.`]));
    assert.equal(probe.outcome, 'CREATED');
    assert.ok(probe.article.claims.some((claim) => claim.text.includes(word)), JSON.stringify(probe.article.claims));
    probeIds.add(probe.article.id);
    try {
      await Promise.all([
        feeds.articles.until((f) => f.items.some((item) => probeIds.has(articleOf(item).id)), 'probe article', 1000),
        feeds.claims.until((f) => f.items.some((item) => probeIds.has(claimOf(item).article.id)), 'probe claim', 1000),
        feeds.filtered.until((f) => f.items.some((item) => probeIds.has(claimOf(item).article.id)), 'probe claim', 1000),
      ]);
      break;
    } catch (error) {
      if (attempt >= 15) throw error;
    }
  }

  articles = [];
  inputs = [];
  for (let n = 0; n < 2; n++) {
    inputs.push(articleInput(`https://news.example/live/${word}/${n}`, `Harbour queue ${n} ${word}`, twoClaims(n, uniqueWord('other'))));
    const stored = await ingest(inputs[n]);
    assert.equal(stored.outcome, 'CREATED');
    articles.push(stored.article);
  }
  allClaims = articles.flatMap((article) => article.claims);
  matchingClaims = allClaims.filter((claim) => claim.text.includes(word));
  // the filter's test needs both kinds: claims it must pass and claims it must hold back
  assert.ok(matchingClaims.length >= 2 && matchingClaims.length < allClaims.length, JSON.stringify(allClaims));
});

after(async () => {
  if (feeds) for (const feed of Object.values(feeds)) feed.unsubscribe();
  await client?.dispose();
});

test('articleIngested delivers each stored article once, with its fields', async () => {
  const ids = articles.map((article) => article.id);
  await feeds.articles.until((f) => ids.every((id) => ownArticles(f).some((a) => a.id === id)), 'event per article');
  for (const article of articles) {
    const events = ownArticles(feeds.articles).filter((event) => event.id === article.id);
    assert.deepEqual(events, [{ id: article.id, url: article.url, headline: article.headline }]);
  }
});

test('claimAdded without a filter delivers every claim of every article', async () => {
  const ids = allClaims.map((claim) => claim.id);
  await feeds.claims.until((f) => ids.every((id) => ownClaims(f).some((c) => c.id === id)), 'event per claim');
  for (const claim of allClaims) {
    const events = ownClaims(feeds.claims).filter((event) => event.id === claim.id);
    assert.equal(events.length, 1, `claim ${claim.id} once`);
    assert.equal(events[0].text, claim.text);
    assert.ok(articles.some((article) => article.id === events[0].article.id));
  }
});

test('claimAdded(filter) delivers the matching claims and holds back the others', async () => {
  const ids = matchingClaims.map((claim) => claim.id);
  await feeds.filtered.until((f) => ids.every((id) => ownClaims(f).some((c) => c.id === id)), 'event per matching claim');
  // the unfiltered feed has had the others by now (previous test); give the filtered one a moment longer to
  // show it would not deliver them
  await new Promise((resolve) => setTimeout(resolve, 500));
  const delivered = ownClaims(feeds.filtered);
  assert.deepEqual(delivered.map((claim) => claim.id).sort(), [...ids].sort());
  for (const claim of delivered) {
    assert.ok(claim.text.includes(word), `filtered feed delivered ${claim.text}`);
  }
});

test('a refused, rejected or duplicate ingest publishes nothing', async () => {
  const refusedUrl = `ftp://files.example/${word}/refused`;
  const refused = await postGraphQL(INGEST, { input: articleInput(refusedUrl, `Refused ${word}`, twoClaims(7, uniqueWord('other'))) });
  assert.equal(refused.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(refused));

  const rejectedUrl = `ftp://files.example/${word}/rejected`;
  const sentinel = articleInput(`https://news.example/live/${word}/after`, `After the refusals ${word}`, twoClaims(8, uniqueWord('other')));
  const batch = await postGraphQL(INGEST_MANY, {
    inputs: [articleInput(rejectedUrl, `Rejected ${word}`, twoClaims(9, uniqueWord('other'))), sentinel],
  });
  assert.equal(batch.errors, undefined, JSON.stringify(batch.errors));
  assert.deepEqual(batch.data.ingestArticles.map((result) => result.outcome), ['REJECTED', 'CREATED']);

  const again = await ingest(inputs[0]);
  assert.equal(again.outcome, 'DUPLICATE');

  // events of one feed arrive in the order their ingests committed, so once the sentinel, stored after the
  // refused and rejected ones, is through, anything they had published would be through too
  const stored = batch.data.ingestArticles[1].article;
  await feeds.articles.until((f) => ownArticles(f).some((a) => a.id === stored.id), 'the sentinel article');
  await feeds.filtered.until((f) => ownClaims(f).some((c) => c.article.id === stored.id), 'the sentinel claim');
  await new Promise((resolve) => setTimeout(resolve, 500));

  const urls = ownArticles(feeds.articles).map((article) => article.url);
  assert.ok(!urls.includes(refusedUrl) && !urls.includes(rejectedUrl), JSON.stringify(urls));
  assert.equal(urls.filter((url) => url === articles[0].url).length, 1, 'no second event for the duplicate');
  const known = new Set([...articles.map((a) => a.id), stored.id]);
  for (const feed of [feeds.claims, feeds.filtered]) {
    const strangers = ownClaims(feed).filter((claim) => !known.has(claim.article.id) && claim.text.includes(word));
    assert.deepEqual(strangers, [], `${feed.name} delivered claims of no stored article`);
  }
  for (const feed of Object.values(feeds)) {
    assert.deepEqual(feed.errors, [], `${feed.name} errors`);
    assert.equal(feed.completed, false, `${feed.name} still open`);
  }
});

test('claimAdded with a malformed filter is refused with BAD_USER_INPUT', async () => {
  const refused = new Feed('claimAdded(bad filter)', 'subscription($f: ClaimFilter) { claimAdded(filter: $f) { id } }',
    { f: { articleId: 'not-an-id' } });
  try {
    await refused.until((f) => f.errors.length > 0, 'an error');
    const errors = [refused.errors[0]].flat();
    assert.equal(errors[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(errors));
    assert.deepEqual(refused.items, []);
  } finally {
    refused.unsubscribe();
  }
});

