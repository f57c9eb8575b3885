import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { formatSwedishPhone } from './lib/phone.ts';

// The messages below are what an editor sees when a field is wrong: each names the field and what is expected.
// The build wrapper (src/scripts/build.ts) adds the file and line.

/** A required text field with a Swedish message for a missing, non-text or too short value. */
const text = (field: string, expected: string, min = 2) =>
  z.string({ error: `Fältet ${field} saknas eller är inte text. Förväntat: ${expected}.` }).min(min, {
    error: `Fältet ${field} är för kort. Förväntat: ${expected}, minst ${min} tecken.`,
  });

/** A date written YYYY-MM-DD. */
const date = (field: string, meaning: string) =>
  z.coerce.date({ error: `Fältet ${field} saknas eller är inget datum. Förväntat: ${meaning} som ÅÅÅÅ-MM-DD, till exempel 2026-11-29.` });

/** An id from another data file; unknown ids are found by src/lib/content-checks.ts, which names the line. */
const ref = <C extends 'people' | 'organisations' | 'phoneNumbers' | 'links'>(field: string, collection: C, file: string) =>
  z.string({ error: `Fältet ${field} saknas eller är inte ett id. Förväntat: ett id från ${file}.` }).pipe(reference(collection));

// Every fact carries where it comes from and when an editor last checked it, so stale facts can be found.
const provenance = {
  /** Where the fact comes from: a page, a document or an organisation, with its date if it has one. */
  source: text('source', 'var uppgiften kommer ifrån, till exempel "SKL:s sida 7 december 2018"', 3),
  /** The day an editor last checked the fact against its source, as YYYY-MM-DD. */
  checked: date('checked', 'dagen då uppgiften senast kontrollerades mot källan'),
  /** The source's web address, when it has one and it is not the entry's own url: `npm run check:sources` fetches it. */
  sourceUrl: z
    .url({ protocol: /^https$/, error: 'Fältet sourceUrl är inte en fullständig https-adress. Förväntat: en adress som börjar med https://.' })
    .optional(),
  /** A short text the source must still contain, e.g. "116 006": `npm run check:sources` reports the fact when it is gone. */
  expect: z.string({ error: 'Fältet expect ska vara text, till exempel "116 006".' }).min(2, { error: 'Fältet expect är för kort. Förväntat: minst 2 tecken.' }).optional(),
};

const swedishPhone = z
  .string({ error: 'Fältet number saknas. Skriv numret inom citattecken, till exempel "08-452 75 03".' })
  .refine((value) => formatSwedishPhone(value) !== null, {
    error: 'Fältet number är inte ett giltigt svenskt telefonnummer. Förväntat: ett nummer som det skrivs i Sverige, till exempel "08-452 75 03", "020-50 50 50" eller "114 14".',
  });

const email = (field: string) =>
  z.email({ error: `Fältet ${field} är inte en giltig e-postadress. Förväntat: en adress som namn@exempel.se.` });

const phoneNumbers = defineCollection({
  loader: file('content/phone-numbers.yaml'),
  schema: z.object({
    /** The number as it is written in Sweden, e.g. "114 14" or "08-452 75 03". */
    number: swedishPhone,
    /** Who answers, in a few words: "Polisen", "Brottsofferjourens stödlinje". */
    label: text('label', 'vem som svarar, till exempel "Polisen"'),
    /** Opening hours, cost or language, as the source states them. Leave out what the source does not say. */
    note: z.string({ error: 'Fältet note ska vara text.' }).optional(),
    /** Set when the number has been replaced: the day it was published as current, YYYY-MM-DD. */
    earlierNumberPublished: date('earlierNumberPublished', 'dagen då det gamla numret publicerades').optional(),
    /** The number that replaced this one, an id from this file. */
    replacedBy: ref('replacedBy', 'phoneNumbers', 'content/phone-numbers.yaml').optional(),
    ...provenance,
  }),
});

const links = defineCollection({
  loader: file('content/links.yaml'),
  schema: z.object({
    /** The full address, always https. */
    url: z.url({
      protocol: /^https$/,
      error: 'Fältet url är inte en fullständig https-adress. Förväntat: en adress som börjar med https://.',
    }),
    /** The link text readers see: says where the link leads, never "klicka här". */
    text: text('text', 'länktexten som säger vart länken leder', 3),
    ...provenance,
  }),
});

const organisations = defineCollection({
  loader: file('content/organisations.yaml'),
  schema: z.object({
    /** The organisation's name as it writes it. */
    name: text('name', 'organisationens namn'),
    /** One sentence: what the organisation helps with. */
    helpsWith: text('helpsWith', 'en mening om vad organisationen hjälper till med', 3),
    /** Its main phone number for readers, an id from phone-numbers.yaml. */
    phone: ref('phone', 'phoneNumbers', 'content/phone-numbers.yaml').optional(),
    /** Its e-mail address for readers, if it has one. */
    email: email('email').optional(),
    /** Its web page for readers, an id from links.yaml. */
    website: ref('website', 'links', 'content/links.yaml').optional(),
    ...provenance,
  }),
});

const people = defineCollection({
  loader: file('content/people.yaml'),
  schema: z.object({
    /** Full name. */
    name: text('name', 'personens fullständiga namn'),
    /** Role as the organisation states it. */
    role: text('role', 'rollen som organisationen skriver den'),
    /** Short role, as under "Informationsansvarig". */
    shortRole: text('shortRole', 'en kort roll, till exempel "Projektledare"'),
    /** Where the person works, an id from organisations.yaml. */
    organisation: ref('organisation', 'organisations', 'content/organisations.yaml'),
    /** The person's phone number, an id from phone-numbers.yaml. */
    phone: ref('phone', 'phoneNumbers', 'content/phone-numbers.yaml'),
    /** The person's e-mail address today. Every route offered to readers (footer, feedback, complaints) uses it. */
    email: email('email'),
    /** The address that SKL's page of 7 December 2018 gave, before SKL became SKR. Shown only as history, never as a link. */
    earlierEmail: email('earlierEmail').optional(),
    ...provenance,
  }),
});

const pages = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/pages' }),
  schema: z.object({
    /** The page's heading and title: unique, says what the reader gets. */
    title: text('title', 'sidans rubrik, unik och 3–70 tecken', 3).max(70, {
      error: 'Fältet title är för långt. Förväntat: högst 70 tecken, så att hela titeln syns i sökresultat och flikar.',
    }),
    /** One or two sentences for search results and link previews, at most 160 characters. */
    description: text('description', 'en eller två meningar om sidan, högst 160 tecken', 10).max(160, {
      error: 'Fältet description är för långt. Förväntat: högst 160 tecken, så att hela texten syns i sökresultat.',
    }),
    /** Short name in the menu. Leave out to use the title. */
    navLabel: text('navLabel', 'ett kort namn i menyn').optional(),
    /** Place in the menu, 1 first. Leave out for a page outside the menu: another page must then link to it. */
    navOrder: z
      .number({ error: 'Fältet navOrder är inget heltal. Förväntat: platsen i menyn som ett heltal, 1 först.' })
      .int({ error: 'Fältet navOrder är inget heltal. Förväntat: platsen i menyn som ett heltal, 1 först.' })
      .optional(),
    /** The day the content was first published, YYYY-MM-DD. */
    published: date('published', 'dagen då sidan först publicerades'),
    /** The day the content was last changed, YYYY-MM-DD. */
    updated: date('updated', 'dagen då innehållet senast ändrades'),
    /** The day an editor last checked that the whole page is still right, YYYY-MM-DD. Shown as "Senast granskad". */
    reviewed: date('reviewed', 'dagen då sidan senast granskades'),
    /** The person responsible for the page (informationsansvarig), an id from people.yaml. */
    owner: ref('owner', 'people', 'content/people.yaml'),
    /** Set to false to leave out "Hjälpte informationen på sidan dig?" at the end of the page. */
    feedback: z.boolean({ error: 'Fältet feedback är inte true eller false.' }).default(true),
    /** Search words readers might type that the text does not contain: parts of compounds, everyday words, synonyms. */
    keywords: z
      .array(z.string().min(2), { error: 'Fältet keywords är ingen lista. Förväntat: en lista med sökord, till exempel [anmälan, hot].' })
      .default([]),
  }),
});

// A site-internal address such as /polisanmalan/ or /polisanmalan/#anmal-pa-114-14.
const pageAddress = z
  .string()
  .regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, { error: 'Ange sidans adress som /sidans-namn/, till exempel /polisanmalan/.' });

const steps = defineCollection({
  loader: file('content/steps.yaml'),
  schema: z.object({
    /** The step's place in its list, 1 first. Two steps in the same list may not share a number. */
    order: z.number({ error: 'Ange stegets plats i listan (order) som ett heltal, 1 först.' }).int().positive(),
    /** Who the step is for: "fortroendevald" (the guide's steps) or "sakerhetsansvarig" (security officers). */
    audience: z.enum(['fortroendevald', 'sakerhetsansvarig'], { error: 'Ange målgrupp (audience): fortroendevald eller sakerhetsansvarig.' }).default('fortroendevald'),
    /** The step's heading: what the reader does, e.g. "Anmäl till polisen". */
    title: z.string({ error: 'Steget behöver en rubrik (title).' }).min(3),
    /** Marks the step for acute danger in the warning colour. */
    urgent: z.boolean().default(false),
    /** One or two sentences that say what to do and when. Write numbers in phones, not here. */
    text: z.string({ error: 'Steget behöver en text (text).' }).min(3),
    /** Numbers to call, ids from phone-numbers.yaml; they are shown as "Ring …" with their note. */
    phones: z.array(reference('phoneNumbers')).default([]),
    /** Short points in the order the reader does them, e.g. what to say on the phone. */
    points: z.array(z.string().min(3)).default([]),
    /** Links to the guide's own pages, with the text the reader sees. */
    pages: z.array(z.object({ path: pageAddress, text: z.string().min(3) })).default([]),
    /** Links to other websites, ids from links.yaml. */
    links: z.array(reference('links')).default([]),
    /** One short sentence for the printed akutkort. Only the first three steps with a card text are printed. */
    card: z.string().min(3).optional(),
  }),
});

// An everyday word (the entry's id) and the words the guide uses for the same thing.
const searchSynonyms = defineCollection({
  loader: file('content/search-synonyms.yaml'),
  schema: z.object({
    /** Words in the guide, also as part of a longer word: a page containing any of them is found by the everyday word. */
    means: z.array(z.string().min(2)).min(1, { error: 'Ange minst ett ord i guiden (means) som vardagsordet betyder.' }),
  }),
});

export const collections = { phoneNumbers, links, organisations, people, pages, steps, searchSynonyms };
