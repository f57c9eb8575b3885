import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notesFileName, notesToText } from '../../src/client/notes-text.ts';

test('the file is named after the day of the incident when the reader gave it', () => {
  assert.equal(notesFileName('2026-11-20', new Date(2026, 10, 29)), 'handelse-2026-11-20.txt');
});

test('the file is named after today when the day of the incident is empty', () => {
  assert.equal(notesFileName('', new Date(2026, 10, 29)), 'handelse-2026-11-29.txt');
});

test('the text lists every question, the ticked choices, and marks empty answers', () => {
  const text = notesToText(
    [
      { label: 'Plats', value: 'Stadshuset' },
      { label: 'Vad hände?', value: 'Rad ett\nRad två' },
      { label: 'Bevis som du har sparat', value: ['Skärmbilder', 'Brev'] },
      { label: 'K-nummer', value: '  ' },
    ],
    new Date(2026, 10, 29),
  );
  assert.equal(
    text,
    [
      'Anteckningar om en händelse',
      'Skrivna 2026-11-29',
      '',
      'Plats',
      'Stadshuset',
      '',
      'Vad hände?',
      'Rad ett',
      'Rad två',
      '',
      'Bevis som du har sparat',
      '- Skärmbilder',
      '- Brev',
      '',
      'K-nummer',
      '(inte ifyllt)',
      '',
    ].join('\r\n'),
  );
});
