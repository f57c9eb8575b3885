import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { formatSwedishPhone } from './lib/phone.ts';

// Every fact carries where it comes from and when an editor last checked it, so stale facts can be found.
const provenance = {
  /** Where the fact comes from: a page, a document or an organisation, with its date if it has one. */
  source: z.string({ error: 'Ange källan (source): var uppgiften kommer ifrån.' }).min(3),
  /** The day an editor last checked the fact against its source, as YYYY-MM-DD. */
  checked: z.coerce.date({ error: 'Ange när uppgiften senast kontrollerades (checked) som ÅÅÅÅ-MM-DD.' }),
};

const swedishPhone = z.string().refine((value) => formatSwedishPhone(value) !== null, {
  error: 'Numret är inte ett giltigt svenskt telefonnummer. Skriv till exempel 08-452 75 03 eller 114 14.',
});

const phoneNumbers = defineCollection({
  loader: file('content/phone-numbers.yaml'),
  schema: z.object({
    /** The number as it is written in Sweden, e.g. "114 14" or "08-452 75 03". */
    number: swedishPhone,
    /** Who answers, in a few words: "Polisen", "Brottsofferjourens stödlinje". */
    label: z.string().min(2),
    /** Opening hours, cost or language, as the source states them. Leave out what the source does not say. */
    note: z.string().optional(),
    /** Set when the number has been replaced: the day it was published as current, YYYY-MM-DD. */
    earlierNumberPublished: z.coerce.date().optional(),
    /** The number that replaced this one. */
    replacedBy: reference('phoneNumbers').optional(),
    ...provenance,
  }),
});

const links = defineCollection({
  loader: file('content/links.yaml'),
  schema: z.object({
    /** The full address, always https. */
    url: z.url({ protocol: /^https$/, error: 'Adressen (url) måste vara en fullständig https-adress.' }),
    /** The link text readers see: says where the link leads, never "klicka här". */
    text: z.string().min(3),
    ...provenance,
  }),
});

const organisations = defineCollection({
  loader: file('content/organisations.yaml'),
  schema: z.object({
    /** The organisation's name as it writes it. */
    name: z.string().min(2),
    /** One sentence: what the organisation helps with. */
    helpsWith: z.string().min(3),
    /** Its main phone number, if it has one for readers. */
    phone: reference('phoneNumbers').optional(),
    /** Its e-mail address for readers, if it has one. */
    email: z.email({ error: 'E-postadressen (email) är inte giltig.' }).optional(),
    /** Its web page for readers, from the link register. */
    website: reference('links').optional(),
    ...provenance,
  }),
});

const people = defineCollection({
  loader: file('content/people.yaml'),
  schema: z.object({
    /** Full name. */
    name: z.string().min(2),
    /** Role as the organisation states it. */
    role: z.string().min(2),
    /** Short role, as under "Informationsansvarig". */
    shortRole: z.string().min(2),
    organisation: reference('organisations'),
    phone: reference('phoneNumbers'),
    email: z.email({ error: 'E-postadressen (email) är inte giltig.' }),
    ...provenance,
  }),
});

const pages = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/pages' }),
  schema: z.object({
    /** The page's heading and title: unique, says what the reader gets. */
    title: z.string({ error: 'Sidan behöver en titel (title).' }).min(3),
    /** One or two sentences for search results and link previews, at most 160 characters. */
    description: z
      .string({ error: 'Sidan behöver en beskrivning (description).' })
      .max(160, { error: 'Beskrivningen (description) får vara högst 160 tecken.' }),
    /** Short name in the menu. Leave out to use the title. */
    navLabel: z.string().optional(),
    /** Place in the menu and in lists of pages, 1 first. */
    navOrder: z.number().int(),
    /** Set to false to leave the page out of the menu; search and the list of all pages still show it. */
    menu: z.boolean().default(true),
    /** The day the content was first published, YYYY-MM-DD. */
    published: z.coerce.date({ error: 'Ange publiceringsdatum (published) som ÅÅÅÅ-MM-DD.' }),
    /** The day the content was last changed, YYYY-MM-DD. */
    updated: z.coerce.date({ error: 'Ange senast ändrad (updated) som ÅÅÅÅ-MM-DD.' }),
    /** The person responsible for the page (informationsansvarig), an id from people.yaml. */
    owner: reference('people'),
    /** Search words readers might type that the text does not contain: parts of compounds, everyday words, synonyms. */
    keywords: z.array(z.string().min(2)).default([]),
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

export const collections = { phoneNumbers, links, organisations, people, pages, searchSynonyms };
