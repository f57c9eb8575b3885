// The schemas of the content: the editors' contract, one documented line a field. src/content.config.ts gives
// them to Astro, and the content pipeline (./check.ts) runs them with safeParse on every entry before Astro
// starts, so each message below reaches the editor with the file and line. Every message says what is wrong
// and, after "Förväntat:", what is expected.
import { z } from 'astro/zod';
import { formatSwedishPhone } from '../lib/phone.ts';
import { dataPlace, type DataCollection } from './files.ts';
import { oneOf } from './errors.ts';
import { FIELDS, type FieldText } from './fields.ts';

// Zod's own messages, for the rare check without one of ours, come in Swedish too.
z.config(z.locales.sv());

/** The ids in each data file; given, every reference to an id is checked against them. */
export type KnownIds = Partial<Record<DataCollection, ReadonlySet<string>>>;

/** A required text field with a Swedish message for a missing, non-text or too short value. */
const text = (field: string, expected: string, min = 2) =>
  z.string({ error: `Fältet ${field} saknas eller är inte text. Förväntat: ${expected}.` }).min(min, {
    error: `Fältet ${field} är för kort. Förväntat: ${expected}, minst ${min} tecken.`,
  });

/** A date written YYYY-MM-DD. */
const date = (field: string, meaning: string) =>
  z.coerce.date({
    error: `Fältet ${field} saknas eller är inget datum. Förväntat: ${meaning} som ÅÅÅÅ-MM-DD, till exempel 2026-11-29.`,
  });

const list = <T extends z.ZodType>(field: string, expected: string, item: T) =>
  z.array(item, { error: `Fältet ${field} är ingen lista. Förväntat: ${expected}.` });

const boolean = (field: string, expected: string) =>
  z.boolean({ error: `Fältet ${field} är inte true eller false. Förväntat: ${expected}.` });

const email = (field: string) =>
  z.email({ error: `Fältet ${field} är inte en giltig e-postadress. Förväntat: en adress som namn@exempel.se.` });

/** The phone number as written in Sweden, turned into what a page shows and dials. */
const swedishPhone = z
  .string({
    error: 'Fältet number saknas eller är inte text. Förväntat: numret inom citattecken, till exempel "08-452 75 03".',
  })
  .transform((value, context) => {
    const phone = formatSwedishPhone(value);
    if (!phone) {
      context.issues.push({
        code: 'custom',
        input: value,
        message:
          'Fältet number är inte ett giltigt svenskt telefonnummer. Förväntat: ett nummer som det skrivs i Sverige, till exempel "08-452 75 03", "020-50 50 50" eller "114 14".',
      });
      return z.NEVER;
    }
    return phone;
  });

// A site-internal address such as /polisanmalan/ or /polisanmalan/#anmal-pa-114-14.
const pageAddress = z
  .string({
    error:
      'Fältet path saknas eller är inte text. Förväntat: sidans adress som /sidans-namn/, till exempel /polisanmalan/.',
  })
  .regex(/^\/([a-z0-9-]+\/)*(#[a-z0-9-]+)?$/, {
    error:
      'Fältet path är ingen adress på webbplatsen. Förväntat: sidans adress som /sidans-namn/, till exempel /polisanmalan/.',
  });

/** Nothing filled in, as the editor writes a group of fields left empty: `{}` or only empty lists. */
const isEmptyGroup = (value: unknown) =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.values(value).every((field) => field === undefined || (Array.isArray(field) && field.length === 0));

/** An optional group of fields that the editor writes as an empty group when none is filled in. */
function withoutEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (isEmptyGroup(value) ? undefined : value), schema.optional());
}

/** An object schema whose fields carry their Swedish help text (fields.ts); the type makes every field have one. */
function described<S extends z.ZodRawShape>(
  schema: z.ZodObject<S>,
  texts: Record<keyof S & string, FieldText>,
): z.ZodObject<S> {
  const fields = Object.entries(schema.shape) as [string, z.ZodType][];
  // The same fields, each with its description: the type is the one the schema had.
  return z.object(
    Object.fromEntries(fields.map(([name, field]) => [name, field.describe(texts[name as keyof S & string].help)])),
  ) as unknown as z.ZodObject<S>;
}

/** The schemas; with `known`, every id that refers to another data file must exist there. */
export function contentSchemas(known: KnownIds = {}) {
  /** An id from another data file. */
  const ref = (field: string, collection: DataCollection) => {
    const id = z.string({
      error: `Fältet ${field} saknas eller är inte ett id. Förväntat: ett id från ${dataPlace(collection)}.`,
    });
    const ids = known[collection];
    if (!ids) return id;
    return id.superRefine((value, context) => {
      if (!ids.has(value)) {
        context.addIssue({
          code: 'custom',
          message: `Fältet ${field} pekar på "${value}", som inte finns i ${dataPlace(collection)}. Förväntat: ${oneOf(ids)}.`,
        });
      }
    });
  };

  // Every fact carries where it comes from and when an editor last checked it, so stale facts can be found.
  const provenance = {
    /** Where the fact comes from: a page, a document or an organisation, with its date if it has one. */
    source: text('source', 'var uppgiften kommer ifrån, till exempel "SKL:s sida 7 december 2018"', 3),
    /** The day an editor last checked the fact against its source, as YYYY-MM-DD. */
    checked: date('checked', 'dagen då uppgiften senast kontrollerades mot källan'),
    /** The source's web address, when it has one and it is not the entry's own url: `npm run check:sources` fetches it. */
    sourceUrl: z
      .url({
        protocol: /^https$/,
        error: 'Fältet sourceUrl är inte en fullständig https-adress. Förväntat: en adress som börjar med https://.',
      })
      .optional(),
    /** A short text the source must still contain, e.g. "116 006": `npm run check:sources` reports the fact when it is gone. It never sets checked. */
    expect: text('expect', 'en kort text som källan ska innehålla, till exempel "116 006"').optional(),
  };

  // Who answers and the note in the Lättläst or English version: the same facts in that version's words.
  const phoneWording = (edition: string) =>
    withoutEmpty(
      z.object(
        {
          /** Who answers, in this version's words: "Victim Support Sweden (Brottsofferjouren)". */
          label: text(`${edition}.label`, 'vem som svarar, i den här versionens ord', 2),
          /** Opening hours, cost or language in this version's words; only what the Swedish note says. */
          note: text(`${edition}.note`, 'samma uppgifter som note, i den här versionens ord').optional(),
        },
        {
          error: `Fältet ${edition} är inte en lista med fält. Förväntat: label och gärna note, med indrag under ${edition}:.`,
        },
      ),
    );

  const phoneNumbers = z.object({
    /** The number as it is written in Sweden, e.g. "114 14" or "08-452 75 03"; pages get it as {display, href}. */
    number: swedishPhone,
    /** Who answers, in a few words: "Polisen", "Brottsofferjourens stödlinje". */
    label: text('label', 'vem som svarar, till exempel "Polisen"'),
    /** Opening hours, cost or language, as the source states them. Leave out what the source does not say. */
    note: text('note', 'öppettider, kostnad eller språk som källan anger dem').optional(),
    /** Set when the number has been replaced: the day it was published as current, YYYY-MM-DD. */
    earlierNumberPublished: date('earlierNumberPublished', 'dagen då det gamla numret publicerades').optional(),
    /** The number that replaced this one, an id from this file. */
    replacedBy: ref('replacedBy', 'phoneNumbers').optional(),
    /** label and note in Lättläst, for the steps on Lättläst pages; the Swedish ones are shown without it. */
    lattlast: phoneWording('lattlast'),
    /** label and note in English, for the steps on English pages; without it the number is shown alone. */
    en: phoneWording('en'),
    ...provenance,
  });

  const links = z.object({
    /**
     * The full address, always https. Left out for a source whose exact address is not known (only its name and
     * site): it is then listed under "Källor" as text, and pages cannot link to it (rules/sources.ts).
     */
    url: z
      .url({
        protocol: /^https$/,
        error: 'Fältet url är inte en fullständig https-adress. Förväntat: en adress som börjar med https://.',
      })
      .optional(),
    /** The link text readers see: says where the link leads, never "klicka här". For a source: its name and publisher. */
    text: text('text', 'länktexten som säger vart länken leder', 3),
    /** The source's name in easy Swedish, shown instead of text on Lättläst pages: "Polisen om hot på nätet". */
    lattlast: text(
      'lattlast',
      'källans namn på lättläst svenska, till exempel "Polisen om hot på nätet"',
      3,
    ).optional(),
    /** How the source dates itself, as it states it: "publicerad 27 maj 2024", "2021", "utan datum". Shown under "Källor". */
    dated: text(
      'dated',
      'hur källan själv är daterad, till exempel "publicerad 27 maj 2024" eller "utan datum"',
    ).optional(),
    /** true when `checked` is the day the fact was compared with a stored copy of the source, not the live page: "Källor" says so. */
    storedCopy: boolean(
      'storedCopy',
      'true om uppgiften jämfördes med en sparad kopia av källan, annars inget',
    ).default(false),
    ...provenance,
  });

  const organisations = z.object({
    /** The organisation's name as it writes it. */
    name: text('name', 'organisationens namn'),
    /** One sentence: what the organisation helps with. */
    helpsWith: text('helpsWith', 'en mening om vad organisationen hjälper till med', 3),
    /** Its main phone number for readers, an id from phone-numbers.yaml. */
    phone: ref('phone', 'phoneNumbers').optional(),
    /** Its e-mail address for readers, if it has one. */
    email: email('email').optional(),
    /** Its web page for readers, an id from links.yaml. */
    website: ref('website', 'links').optional(),
    ...provenance,
  });

  const people = z.object({
    /** Full name. */
    name: text('name', 'personens fullständiga namn'),
    /** Role as the organisation states it. */
    role: text('role', 'rollen som organisationen skriver den'),
    /** Short role, as beside the name under "Sidansvarig". */
    shortRole: text('shortRole', 'en kort roll, till exempel "Projektledare"'),
    /** Where the person works, an id from organisations.yaml. */
    organisation: ref('organisation', 'organisations'),
    /** The person's phone number, an id from phone-numbers.yaml. */
    phone: ref('phone', 'phoneNumbers'),
    /** The person's e-mail address today. Every route offered to readers (footer, feedback, complaints) uses it. */
    email: email('email'),
    /** The address that SKL's page of 7 December 2018 gave, before SKL became SKR. Shown only as history, never as a link. */
    earlierEmail: email('earlierEmail').optional(),
    ...provenance,
  });

  const pages = z.object({
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
    /** The person responsible for the page's content (sidansvarig), an id from people.yaml. */
    owner: ref('owner', 'people'),
    /** Set to false to leave out "Hjälpte informationen på sidan dig?" at the end of the page. */
    feedback: boolean('feedback', 'false för att ta bort frågan, annars inget').default(true),
    /**
     * Only for a page in content/pages/lattlast/ or content/pages/en/: the Swedish page it is a version of, as its
     * id (polisanmalan, or index for the start page). The versions link to each other, and npm run review lists the
     * version when the Swedish page was updated after the version was reviewed (rules/versions.ts checks the id).
     */
    original: text(
      'original',
      'id:t för den svenska sidan som sidan är en version av, till exempel polisanmalan',
    ).optional(),
    /** Only for a Lättläst or English page: more Swedish pages whose facts it repeats, which npm run review also compares with. */
    basedOn: list(
      'basedOn',
      'en lista med id:n för svenska sidor, till exempel [polisanmalan]',
      text('basedOn', 'id:t för en svensk sida'),
    ).default([]),
    /** Where the page's facts come from: ids from links.yaml, listed under "Källor" at the foot of the page. */
    sources: list(
      'sources',
      `en lista med id från ${dataPlace('links')}, till exempel [polisen-demokratibrott]`,
      ref('sources', 'links'),
    ).default([]),
    /** true when the page states nothing beyond SKL's page of 7 December 2018, or only things about the guide itself: it then needs no sources. */
    seed: boolean('seed', 'true om sidan bara bygger på SKL:s sida 7 december 2018, annars inget').default(false),
    /** Search words readers might type that the text does not contain: parts of compounds, everyday words, synonyms. */
    keywords: list(
      'keywords',
      'en lista med sökord, till exempel [anmälan, hot]',
      text('keywords', 'ett sökord'),
    ).default([]),
  });

  // A step's words in the Lättläst or English version. The order, the numbers and the outside links are the Swedish
  // step's, so every version tells the same steps in the same order.
  const stepWording = (edition: string) =>
    withoutEmpty(
      z.object(
        {
          /** The step's heading in this version. */
          title: text(`${edition}.title`, 'stegets rubrik i den här versionen', 3),
          /** What the reader does, in this version's words. Write numbers in the step's phones, not here. */
          text: text(`${edition}.text`, 'en eller två meningar om vad läsaren gör', 3),
          /** Short points in the order the reader does them. */
          points: list(
            `${edition}.points`,
            'en lista med korta punkter',
            text(`${edition}.points`, 'en kort punkt', 3),
          ).default([]),
          /** Links to this version's own pages (/lattlast/… or /en/…), or to Swedish pages where it has none. */
          pages: list(
            `${edition}.pages`,
            'en lista med path och text, till exempel - path: /en/police-report/',
            z.object({ path: pageAddress, text: text('text', 'länktexten som säger vart länken leder', 3) }),
          ).default([]),
          /** The short text on the start page of this version; the step's text when left out. */
          card: text(`${edition}.card`, 'en kort mening för startsidan', 3).optional(),
        },
        {
          error: `Fältet ${edition} är inte en lista med fält. Förväntat: title, text och gärna points och pages, med indrag under ${edition}:.`,
        },
      ),
    );

  const steps = z.object({
    /** The step's place in its list, 1 first. Two steps in the same list may not share a number. */
    order: z
      .number({ error: 'Fältet order är inget heltal. Förväntat: stegets plats i listan som ett heltal, 1 först.' })
      .int({ error: 'Fältet order är inget heltal. Förväntat: stegets plats i listan som ett heltal, 1 först.' })
      .positive({
        error: 'Fältet order är inte större än 0. Förväntat: stegets plats i listan som ett heltal, 1 först.',
      }),
    /** Who the step is for: "fortroendevald" (the guide's steps) or "sakerhetsansvarig" (security officers). */
    audience: z
      .enum(['fortroendevald', 'sakerhetsansvarig'], {
        error: 'Fältet audience har fel värde. Förväntat: fortroendevald eller sakerhetsansvarig.',
      })
      .default('fortroendevald'),
    /** The step's heading: what the reader does, e.g. "Anmäl till polisen". */
    title: text('title', 'stegets rubrik, det läsaren gör, till exempel "Anmäl till polisen"', 3),
    /** Marks the step for acute danger in the warning colour. */
    urgent: boolean('urgent', 'true för ett steg vid akut fara, annars inget').default(false),
    /** One or two sentences that say what to do and when. Write numbers in phones, not here. */
    text: text('text', 'en eller två meningar om vad läsaren gör', 3),
    /** Numbers to call, ids from phone-numbers.yaml; they are shown as "Ring …" with their note. */
    phones: list(
      'phones',
      `en lista med id från ${dataPlace('phoneNumbers')}, till exempel [polisen]`,
      ref('phones', 'phoneNumbers'),
    ).default([]),
    /** Short points in the order the reader does them, e.g. what to say on the phone. */
    points: list('points', 'en lista med korta punkter', text('points', 'en kort punkt', 3)).default([]),
    /** Links to the guide's own pages, with the text the reader sees. */
    pages: list(
      'pages',
      'en lista med path och text, till exempel - path: /polisanmalan/',
      z.object({ path: pageAddress, text: text('text', 'länktexten som säger vart länken leder', 3) }),
    ).default([]),
    /** Links to other websites, ids from links.yaml. */
    links: list('links', `en lista med id från ${dataPlace('links')}`, ref('links', 'links')).default([]),
    /** One short sentence for the printed akutkort. Only the first three steps with a card text are printed. */
    card: text('card', 'en kort mening för akutkortet', 3).optional(),
    /** The step in Lättläst: its own words, same place and numbers. Needed when a Lättläst page shows the steps. */
    lattlast: stepWording('lattlast'),
    /** The step in English: its own words, same place and numbers. Needed when an English page shows the steps. */
    en: stepWording('en'),
  });

  // An everyday word (the entry's id) and the words the guide uses for the same thing.
  const searchSynonyms = z.object({
    /** Words in the guide, also as part of a longer word: a page containing any of them is found by the everyday word. */
    means: list('means', 'en lista med ord i guiden', text('means', 'ett ord i guiden')).min(1, {
      error: 'Fältet means är tomt. Förväntat: minst ett ord i guiden som vardagsordet betyder.',
    }),
  });

  return {
    phoneNumbers: described(phoneNumbers, FIELDS.phoneNumbers),
    links: described(links, FIELDS.links),
    organisations: described(organisations, FIELDS.organisations),
    people: described(people, FIELDS.people),
    pages: described(pages, FIELDS.pages),
    steps: described(steps, FIELDS.steps),
    searchSynonyms: described(searchSynonyms, FIELDS.searchSynonyms),
  };
}

/** The schemas Astro's collections use; the pipeline has already checked every id when Astro runs them. */
export const schemas = contentSchemas();

export type PageData = z.output<typeof schemas.pages>;
export type CollectionData = { [C in DataCollection]: z.output<(typeof schemas)[C]> };
export type StepData = z.output<typeof schemas.steps>;
