const swedishDate = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "7 december 2018" */
export function formatSwedishDate(date: Date): string {
  return swedishDate.format(date);
}

/** "2018-12-07", for the `datetime` attribute of `<time>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
