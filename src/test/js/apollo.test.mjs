// Apollo Client against the running server: a mutation, queries with variables, cursor pagination through a
// Relay-style connection, and errors as Apollo hands them to an application.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ApolloClient, InMemoryCache, HttpLink, gql, CombinedGraphQLErrors } from '@apollo/client';
import { GRAPHQL_URL, uniqueWord, articleInput } from './server.mjs';

const INGEST = gql`
  mutation Ingest($input: ArticleInput!) {
    ingestArticle(input: $input) { outcome warnings article { id url headline publishedAt } }
  }
`;

const PAGE = gql`
  query Page($filter: ArticleFilter, $first: Int, $after: String) {
    articles(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id headline publishedAt claims { id text } } }
    }
  }
`;

const ARTICLE = gql`
  query One($id: ID!) { article(id: $id) { id url headline publisher claims { text } } }
`;

const DELETE = gql`
  mutation Delete($id: ID!) { deleteArticle(id: $id) }
`;

let client;
const word = uniqueWord();
const ingested = [];

before(async () => {
  client = new ApolloClient({
    link: new HttpLink({ uri: GRAPHQL_URL }),
    cache: new InMemoryCache(),
    // every query of these tests must reach the server: an answer from the cache would prove nothing
    defaultOptions: { query: { fetchPolicy: 'network-only' } },
  });
  // five articles, so that pages of two end with a short one
  for (let i = 0; i < 5; i++) {
    const input = articleInput(
      `https://news.example/clients/${word}/${i}`,
      `Harbour report ${i} ${word}`,
      [`The port authority said on Monday that ${10 + i} ships were waiting outside the harbour ${word}.`],
      `2024-05-0${i + 1}T08:00:00Z`,
    );
    const { data } = await client.mutate({ mutation: INGEST, variables: { input } });
    assert.equal(data.ingestArticle.outcome, 'CREATED', JSON.stringify(data));
    assert.equal(data.ingestArticle.article.url, input.url);
    ingested.push(data.ingestArticle.article);
  }
});

after(() => client?.stop());

test('a query with variables reads back what the mutation stored', async () => {
  const first = ingested[0];
  const { data } = await client.query({ query: ARTICLE, variables: { id: first.id } });
  assert.equal(data.article.id, first.id);
  assert.equal(data.article.headline, `Harbour report 0 ${word}`);
  assert.equal(data.article.publisher, 'Client Test Wire');
  assert.ok(data.article.claims.some((claim) => claim.text.includes(word)),
    `a claim extracted from the body: ${JSON.stringify(data.article.claims)}`);
});

test('paging with first/after visits every article once, newest first', async () => {
  const seen = [];
  let cursor = null;
  let pages = 0;
  for (;;) {
    const { data } = await client.query({ query: PAGE, variables: { filter: { text: word }, first: 2, after: cursor } });
    const connection = data.articles;
    assert.equal(connection.totalCount, 5);
    assert.ok(connection.edges.length <= 2, `page of ${connection.edges.length}`);
    seen.push(...connection.edges.map((edge) => edge.node.id));
    pages++;
    assert.ok(pages <= 5, 'pagination does not end');
    if (!connection.pageInfo.hasNextPage) {
      break;
    }
    assert.ok(connection.pageInfo.endCursor, 'a page with a next page has an end cursor');
    assert.equal(connection.pageInfo.endCursor, connection.edges.at(-1).cursor);
    cursor = connection.pageInfo.endCursor;
  }
  assert.equal(pages, 3);
  assert.equal(new Set(seen).size, seen.length, `no article twice: ${seen}`);
  // publication days were 1..5 May, so newest first is the reverse of ingest order
  assert.deepEqual(seen, ingested.map((article) => article.id).reverse());
});

test('a bad argument is refused with BAD_USER_INPUT and names the field', async () => {
  await assert.rejects(
    client.query({ query: PAGE, variables: { filter: { text: word }, first: -1 } }),
    (error) => {
      assert.ok(CombinedGraphQLErrors.is(error), `a GraphQL error, not ${error}`);
      assert.equal(error.errors[0].extensions.code, 'BAD_USER_INPUT');
      assert.equal(error.errors[0].extensions.field, 'first');
      return true;
    },
  );
});

test('a mutation with invalid input is refused with BAD_USER_INPUT and stores nothing', async () => {
  const input = articleInput(`ftp://files.example/${word}`, `Refused ${word}`, [`Nothing to see ${word}.`]);
  const result = await client.mutate({ mutation: INGEST, variables: { input }, errorPolicy: 'all' });
  assert.ok(CombinedGraphQLErrors.is(result.error), `a GraphQL error, not ${result.error}`);
  assert.equal(result.error.errors[0].extensions.code, 'BAD_USER_INPUT');
  assert.equal(result.error.errors[0].extensions.field, 'input.url');
  const { data } = await client.query({ query: PAGE, variables: { filter: { text: word }, first: 10 } });
  assert.equal(data.articles.totalCount, 5, 'the refused article was not stored');
});

test('deleting an article that does not exist answers NOT_FOUND', async () => {
  const result = await client.mutate({ mutation: DELETE, variables: { id: '987654321987' }, errorPolicy: 'all' });
  assert.ok(CombinedGraphQLErrors.is(result.error), `a GraphQL error, not ${result.error}`);
  assert.equal(result.error.errors[0].extensions.code, 'NOT_FOUND');
});
