// The whole way: a reader's "Ja" in Chromium → nginx → the feedback service → SQLite, then `npm run feedback:report`.
import { test, expect } from '@playwright/test';
import { xSync } from 'tinyexec';
import { feedbackSite } from '../support/servers.ts';

test.use({ baseURL: `http://127.0.0.1:${feedbackSite.port}` });

function report(...args: string[]): string {
  // What `npm run feedback:report` runs, with the test service's database.
  const result = xSync(process.execPath, ['src/feedback/report-cli.ts', ...args], {
    nodeOptions: { env: { PATH: process.env.PATH, FEEDBACK_DB: feedbackSite.database } },
    inheritEnv: false,
  });
  expect(result.stderr).toBe('');
  return result.stdout;
}

test("a click on Ja on a page is stored and the editors' report shows it for that page and month", async ({ page }) => {
  const path = '/vad-gor-jag-nu/';
  const month = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
  }).format(new Date());
  expect(report('--csv')).not.toContain(path);

  await page.goto(path);
  const question = page.getByRole('region', { name: 'Hjälpte informationen på sidan dig?' });
  await question.getByRole('button', { name: 'Ja', exact: true }).click();
  await expect(question.getByRole('status')).toHaveText('Tack för att du hjälper oss!');

  expect(report('--csv').split('\n')).toContain(`${path},${month},1,0,1,1.00,för få svar för att bedöma`);
  expect(report()).toMatch(new RegExp(`^${path} +${month} +1 +0 +1 +100 % +för få svar för att bedöma$`, 'm'));
});
