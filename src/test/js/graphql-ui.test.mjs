// The GraphQL UI as a developer uses it: headless Chromium opens /q/graphql-ui, a query is typed into GraphiQL's
// editor and run, and the answer from the server shows in the result pane. A screenshot of the page is kept
// under target/ for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BASE_URL, postGraphQL, uniqueWord, articleInput } from './server.mjs';

// Debian's Chromium: Playwright's own browser download does not work on machines that reach only the package
// registries (.ci/install-chromium installs this one)
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCREENSHOT = fileURLToPath(new URL('../../../target/graphql-ui.png', import.meta.url));

// without the networking flags Chromium keeps trying to reach Google's services, which a closed network refuses
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const missing = !existsSync(CHROMIUM);
// in CI a missing browser is a broken build, not a reason to skip the check
if (missing && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is missing: .ci/install-chromium installs it`);
}

let context;
let profile;

before(async () => {
  if (missing) return;
  profile = await mkdtemp(join(tmpdir(), 'claimgraph-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1400, height: 900 },
  });
});

after(async () => {
  await context?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

test('GraphiQL runs a typed query and shows the stored article', { skip: missing && `${CHROMIUM} not installed (run .ci/install-chromium)`, timeout: 120_000 }, async () => {
  const word = uniqueWord();
  const headline = `Ferry service resumes ${word}`;
  const stored = await postGraphQL(
    'mutation($input: ArticleInput!) { ingestArticle(input: $input) { outcome article { id } } }',
    { input: articleInput(`https://news.example/ui/${word}`, headline, [`The ferry company said on Friday that crossings resume ${word}.`]) },
  );
  assert.equal(stored.data?.ingestArticle?.outcome, 'CREATED', JSON.stringify(stored));
  const id = stored.data.ingestArticle.article.id;

  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  try {
    await page.goto(`${BASE_URL}/q/graphql-ui/`);
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor({ timeout: 30_000 });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    // typed key by key as a person would; the editor closes brackets and quotes itself and types over them
    const query = `{ article(id: "${id}") { id headline publisher } }`;
    await page.keyboard.type(query);
    // the autocompletion popup can swallow keys: compare before running, so a typing problem says so
    const typed = await editor.evaluate((element) => element.CodeMirror.getValue());
    assert.equal(typed.replace(/\s+/g, ' ').trim(), query, 'the query in the editor');
    await page.keyboard.press('Escape');

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await page.waitForFunction(
      (text) => document.querySelector('.graphiql-response')?.innerText.includes(text),
      headline,
      { timeout: 30_000 },
    ).catch(async (error) => {
      throw new Error(`${error.message}\nresult pane: ${await result.innerText().catch(() => '?')}\n${problems.join('\n')}`);
    });
    const shown = await result.innerText();
    assert.match(shown, /"data"/);
    assert.ok(shown.includes('Client Test Wire'), shown);
    assert.ok(!shown.includes('"errors"'), shown);

    await mkdir(fileURLToPath(new URL('../../../target/', import.meta.url)), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    assert.ok(existsSync(SCREENSHOT));
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});
