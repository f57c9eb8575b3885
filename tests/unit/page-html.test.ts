// How the post-build steps read a built page (src/integrations/page-html.ts) and when the build refuses a page whose
// inline code the CSP would block (src/integrations/page-trim.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage, splice } from '../../src/integrations/page-html.ts';
import { cspProblems } from '../../src/integrations/page-trim.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="sv"><head>${head}</head><body>${body}</body></html>`;
const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">`;

test('inline scripts and styles are found with their positions; a script with src is a file and is left out', () => {
  const html = page(
    `${csp}<style>a{color:red}</style>`,
    '<script src="/a.js"></script><script type="module">go()</script>',
  );
  const { scripts, styles, csp: policy } = parsePage(html);
  assert.deepEqual(
    scripts.map(({ code }) => code),
    ['go()'],
  );
  assert.deepEqual(
    styles.map(({ code }) => code),
    ['a{color:red}'],
  );
  assert.equal(html.slice(styles[0].element.start, styles[0].element.end), '<style>a{color:red}</style>');
  assert.equal(policy?.code, "default-src 'self'; script-src 'self'");
  assert.equal(html.slice(policy!.start, policy!.end), policy!.code);
});

test('splicing changes only the spans it is given', () => {
  const html = page(`${csp}<style>a{color:red}</style>`, '<p>Text som står kvar.</p>');
  const { styles, csp: policy } = parsePage(html);
  const changed = splice(html, [
    { span: policy!, text: "default-src 'none'" },
    { span: styles[0], text: '' },
  ]);
  assert.equal(
    changed,
    html.replace("default-src 'self'; script-src 'self'", "default-src 'none'").replace('a{color:red}', ''),
  );
});

test('a page without the CSP meta element, or with a style or event-handler attribute, fails the build', () => {
  assert.deepEqual(cspProblems('ok.html', page(csp, '<p class="on">onclick= is only text here</p>')), []);
  assert.deepEqual(cspProblems('a.html', page('', '<p>Hej</p>')), ['a.html: saknar CSP-metaelementet']);
  assert.deepEqual(cspProblems('b.html', page(csp, '<p style="color:red">Hej</p>')), [
    'b.html: inbäddad kod (style=) blockeras av CSP',
  ]);
  assert.deepEqual(cspProblems('c.html', page(csp, '<button onclick="go()">Gå</button>')), [
    'c.html: inbäddad kod (onclick=) blockeras av CSP',
  ]);
});

test('a CSP written with character references is refused loudly rather than rewritten blindly', () => {
  assert.throws(
    () => parsePage(page(`<meta http-equiv="content-security-policy" content="default-src &apos;self&apos;">`, '')),
    /teckenreferenser/,
  );
});
