import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SITE, readSiteSettings, settingsModule } from '../../src/integrations/site-settings.ts';

test('without settings the site is built for localhost, and the server decides about the feedback service', () => {
  assert.deepEqual(readSiteSettings({}), { site: DEFAULT_SITE, siteUrlSet: false, feedbackEndpoint: undefined });
  assert.deepEqual(readSiteSettings({ SITE_URL: ' ', FEEDBACK_ENDPOINT: '' }), {
    site: DEFAULT_SITE,
    siteUrlSet: false,
    feedbackEndpoint: undefined,
  });
});

test('SITE_URL and FEEDBACK_ENDPOINT are read once and checked', () => {
  assert.deepEqual(
    readSiteSettings({ SITE_URL: 'https://example.se', FEEDBACK_ENDPOINT: 'https://svar.example.se/sidor' }),
    {
      site: 'https://example.se',
      siteUrlSet: true,
      feedbackEndpoint: 'https://svar.example.se/sidor',
    },
  );
  assert.throws(() => readSiteSettings({ SITE_URL: 'example.se' }), /SITE_URL "example.se" är ingen webbadress/);
  assert.throws(() => readSiteSettings({ FEEDBACK_ENDPOINT: 'http://svar.example.se/' }), /https/);
});

test('the pages get the feedback endpoint through the virtual module, and nothing else', () => {
  assert.equal(
    settingsModule(readSiteSettings({ FEEDBACK_ENDPOINT: '/api/svar' })),
    'export const feedbackEndpoint = "/api/svar";\n',
  );
  assert.equal(settingsModule(readSiteSettings({})), 'export const feedbackEndpoint = undefined;\n');
});
