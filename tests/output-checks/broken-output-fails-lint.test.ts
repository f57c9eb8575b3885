// Breaks a copy of the built site and proves that each output check of `npm run lint:dist` fails on it.
// Needs a build first (npm test runs `npm run build` before this).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xSync } from 'tinyexec';
import { projectRoot } from '../support/fixture.ts';

let dist: string;
const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);

before(() => {
  assert.ok(existsSync(join(projectRoot, 'dist/index.html')), 'run npm run build first');
  dist = join(mkdtempSync(join(tmpdir(), 'skl-dist-')), 'dist');
  cpSync(join(projectRoot, 'dist'), dist, { recursive: true });
});
after(() => rmSync(join(dist, '..'), { recursive: true, force: true }));

function breakPage(file: string, from: string, to: string): () => void {
  const path = join(dist, file);
  const original = readFileSync(path, 'utf8');
  assert.ok(original.includes(from), `${file} contains ${from}`);
  writeFileSync(path, original.replace(from, to));
  return () => writeFileSync(path, original);
}

function run(command: string, args: string[]) {
  const result = xSync(command, args, { nodeOptions: { cwd: projectRoot } });
  return { code: result.exitCode, output: `${result.stdout}${result.stderr}` };
}

test('the unbroken copy passes all three checks', () => {
  assert.equal(
    run(bin('html-validate'), ['--config', join(projectRoot, '.htmlvalidate.json'), `${dist}/**/*.html`]).code,
    0,
  );
  assert.equal(run(bin('linkinator'), [dist, '--config', join(projectRoot, 'linkinator.config.json')]).code, 0);
  assert.equal(run(process.execPath, ['src/cli/check-link-text.ts', dist]).code, 0);
});

test('html-validate fails on an image without alt text', () => {
  const restore = breakPage('om-guiden/index.html', '<h1>', '<img src="/favicon.svg"><h1>');
  try {
    const { code, output } = run(bin('html-validate'), [
      '--config',
      join(projectRoot, '.htmlvalidate.json'),
      `${dist}/**/*.html`,
    ]);
    assert.notEqual(code, 0);
    assert.match(output, /om-guiden\/index\.html[\s\S]*wcag\/h37/);
  } finally {
    restore();
  }
});

test('html-validate still flags a phone number that can wrap: only the class phone (white-space: nowrap) is exempt', () => {
  const restore = breakPage('om-guiden/index.html', '<h1>', '<p><a href="tel:+4684527503">08-452 75 03</a></p><h1>');
  try {
    const { code, output } = run(bin('html-validate'), [
      '--config',
      join(projectRoot, '.htmlvalidate.json'),
      `${dist}/**/*.html`,
    ]);
    assert.notEqual(code, 0);
    assert.match(output, /om-guiden\/index\.html[\s\S]*tel-non-breaking/);
  } finally {
    restore();
  }
});

test('linkinator fails on a link to a missing page and to a missing heading', () => {
  const restore = breakPage(
    'index.html',
    'href="/polisanmalan/"',
    'href="/polisanmalan/#finns-inte"><span>x</span></a><a href="/finns-inte/"',
  );
  try {
    const { code, output } = run(bin('linkinator'), [dist, '--config', join(projectRoot, 'linkinator.config.json')]);
    assert.notEqual(code, 0);
    assert.match(output, /\[404\] \S*\/finns-inte\//);
    assert.match(output, /\[#\] \S*\/polisanmalan\/#finns-inte/);
  } finally {
    restore();
  }
});

test('the link-text check fails on "klicka här" and "läs mer"', () => {
  const restore = breakPage(
    'sok/index.html',
    '<h1>',
    '<a href="/">Klicka här</a><a href="/om-guiden/">läs mer</a><h1>',
  );
  try {
    const { code, output } = run(process.execPath, ['src/cli/check-link-text.ts', dist]);
    assert.notEqual(code, 0);
    assert.match(output, /sok\/index\.html: länktexten "Klicka här" säger inte vart länken leder/);
    assert.match(output, /sok\/index\.html: länktexten "läs mer" säger inte vart länken leder/);
  } finally {
    restore();
  }
});
