// The editor in the browser (npm run edit): Keystatic's forms over the files in content/, which stay the source of
// truth in git. Every field's name and help text come from src/content-pipeline/fields.ts, which the schemas also
// carry, and ids are picked from the entries that exist. The rules a form cannot see are the content pipeline's: it
// runs on every save (src/editor/integration.ts). Nothing here reaches readers: the production build never loads it.
import * as keystaticCore from '@keystatic/core';
import * as keystaticComponents from '@keystatic/core/content-components';
import { createElement } from 'react';
import { FIELDS, type FieldText } from '../content-pipeline/fields.ts';
import { DATA_DIRS, PAGES_DIR, SYNONYMS_FILE } from '../content-pipeline/files.ts';
// In the editor's browser tab: the content pipeline's messages beside the forms.
import './check-panel.ts';

/**
 * The configuration, made from Keystatic's own functions. The admin uses the package as it is; the format check
 * (format.ts) gives it Keystatic's browser build, whose fields can also write a page's text outside the browser.
 */
export function editorConfig(core: typeof keystaticCore, { block, inline, wrapper }: typeof keystaticComponents) {
  const { collection, config, fields, singleton } = core;

  const about = ({ label, help }: FieldText) => ({ label, description: help });

  const required = { validation: { isRequired: true } } as const;

  const text = (field: FieldText, min = 0, max?: number) =>
    fields.text({ ...about(field), validation: { length: { min, max } } });
  const optionalText = (field: FieldText) => fields.text(about(field));
  const date = (field: FieldText) => fields.date({ ...about(field), ...required });
  const optionalDate = (field: FieldText) => fields.date(about(field));
  const pick = (field: FieldText, collection: string) =>
    fields.relationship({ ...about(field), collection, ...required });
  const optionalPick = (field: FieldText, collection: string) => fields.relationship({ ...about(field), collection });
  const pickMany = (field: FieldText, collection: string) => fields.multiRelationship({ ...about(field), collection });
  const words = (field: FieldText, itemLabel: string) =>
    fields.array(fields.text({ label: itemLabel }), {
      ...about(field),
      itemLabel: (props) => props.value || itemLabel,
    });

  const pageLinks = (field: FieldText) =>
    fields.array(
      fields.object({
        path: fields.text({
          label: 'Sida',
          description: 'Adressen, till exempel /polisanmalan/.',
          validation: { length: { min: 1 } },
        }),
        text: fields.text({
          label: 'Länktext',
          description: 'Texten som läsaren ser.',
          validation: { length: { min: 3 } },
        }),
      }),
      { ...about(field), itemLabel: (props) => props.fields.text.value || 'Sida' },
    );

  /** A phone number's words in the Lättläst or English version; left empty, the Swedish ones are not shown there. */
  const phoneWording = (field: FieldText) =>
    fields.object(
      { label: fields.text({ label: 'Vem som svarar' }), note: fields.text({ label: 'Öppettider och kostnad' }) },
      about(field),
    );

  /** A step's words in the Lättläst or English version. */
  const stepWording = (field: FieldText) =>
    fields.object(
      {
        title: fields.text({ label: 'Rubrik' }),
        text: fields.text({ label: 'Text', multiline: true }),
        points: words({ label: 'Punkter', help: 'Korta punkter i den ordning läsaren gör dem.' }, 'Punkt'),
        pages: pageLinks({
          label: 'Sidor i guiden',
          help: 'Länkar till den här versionens sidor, eller till svenska sidor där den inte har någon.',
        }),
        card: fields.text({ label: 'Kort text på startsidan' }),
      },
      about(field),
    );

  /** Where each fact comes from and when someone compared it with the source. */
  const provenance = (texts: Record<'source' | 'checked' | 'sourceUrl' | 'expect', FieldText>) => ({
    source: text(texts.source, 3),
    checked: date(texts.checked),
    sourceUrl: optionalText(texts.sourceUrl),
    expect: optionalText(texts.expect),
  });

  /** A chip in the text that shows what a component stands for, instead of only its name. */
  const shows =
    (prefix: string, ...keys: string[]) =>
    ({ value }: { value: Record<string, unknown> }) =>
      createElement(
        'span',
        null,
        `${prefix}: ${
          keys
            .map((key) => value[key])
            .filter(Boolean)
            .join(', ') || '–'
        }`,
      );

  /** The components a page may use (src/content-pipeline/components.ts), as the editor's buttons and blocks. */
  const components = {
    Phone: inline({
      label: 'Telefonnummer',
      schema: { id: pick({ label: 'Nummer', help: 'Numret som visas och går att ringa.' }, 'telefonnummer') },
      ContentView: shows('Nummer', 'id'),
    }),
    ExternalLink: inline({
      label: 'Länk till annan webbplats',
      schema: {
        id: pick({ label: 'Länk', help: 'En adress från länkregistret.' }, 'lankar'),
        text: fields.text({ label: 'Egen länktext', description: 'Lämna tomt för att visa länkregistrets text.' }),
      },
      ContentView: shows('Länk', 'id', 'text'),
    }),
    Email: inline({
      label: 'E-postadress',
      schema: {
        person: pick({ label: 'Person', help: 'Personens e-postadress blir en länk.' }, 'personer'),
        earlier: fields.checkbox({
          label: 'Adressen från 2018',
          description: 'Visar adressen från SKL:s sida 2018 som text, inte som länk.',
        }),
      },
      ContentView: shows('E-post', 'person'),
    }),
    Swedish: inline({
      label: 'Svenskt ord',
      schema: {
        text: fields.text({
          label: 'Ordet',
          description: 'Ett svenskt ord på en engelsk sida. Skärmläsare uttalar det på svenska.',
          validation: { length: { min: 1 } },
        }),
      },
      ContentView: shows('Svenska', 'text'),
    }),
    ContactPerson: block({
      label: 'Kontaktperson',
      schema: { id: pick({ label: 'Person', help: 'Namn, roll, telefon och e-post visas.' }, 'personer') },
      ContentView: shows('Kontaktperson', 'id'),
    }),
    Organisation: block({
      label: 'Organisation',
      schema: {
        id: pick(
          { label: 'Organisation', help: 'Namn, vad den hjälper till med och hur man når den.' },
          'organisationer',
        ),
      },
      ContentView: shows('Organisation', 'id'),
    }),
    Lead: wrapper({ label: 'Ingress', schema: {} }),
    Notice: wrapper({ label: 'Ruta som läsaren inte får missa', schema: {} }),
    Action: wrapper({
      label: 'Steg som läsaren gör',
      schema: {
        id: fields.text({
          label: 'Adress (id)',
          description: 'Avsnittets adress efter #, till exempel akut-fara. Ändra den inte när andra kan ha länkat hit.',
          validation: { length: { min: 2 } },
        }),
        title: fields.text({
          label: 'Rubrik',
          description: 'Frågan eller uppmaningen som läsaren ser först.',
          validation: { length: { min: 3 } },
        }),
        urgent: fields.checkbox({ label: 'Akut', description: 'Visar steget i varningsfärgen.' }),
      },
    }),
    CallToAction: block({
      label: 'Stor knapplänk',
      schema: {
        href: fields.text({
          label: 'Sida i guiden',
          description: 'Adressen, till exempel /vad-gor-jag-nu/.',
          validation: { length: { min: 1 } },
        }),
        text: fields.text({ label: 'Text', description: 'Vad läsaren gör där.', validation: { length: { min: 3 } } }),
      },
      ContentView: shows('Knapplänk', 'text'),
    }),
    EmergencyCard: block({
      label: 'Akutkortet',
      schema: {
        support: pickMany({ label: 'Stödnummer', help: 'Numren som skrivs ut under stegen.' }, 'telefonnummer'),
      },
    }),
    StepByStep: block({
      label: 'Stegen',
      schema: {
        audience: fields.select({
          label: 'För vem',
          options: [
            { label: 'Förtroendevalda', value: 'fortroendevald' },
            { label: 'Säkerhetsansvariga', value: 'sakerhetsansvarig' },
          ],
          defaultValue: 'fortroendevald',
        }),
        level: fields.integer({
          label: 'Rubriknivå',
          description: '2 när stegen är sidans avsnitt, 3 när de står under en rubrik.',
          defaultValue: 2,
        }),
      },
    }),
    FirstSteps: block({ label: 'De första stegen (startsidan)', schema: {} }),
    PageList: block({
      label: 'Lista över sidorna',
      schema: { exclude: pickMany({ label: 'Utom', help: 'Sidor som inte ska stå i listan.' }, 'sidor') },
    }),
    SearchPage: block({ label: 'Sökrutan och träffarna', schema: {} }),
    NotesForm: block({ label: 'Formuläret för anteckningar', schema: {} }),
    PrintButton: block({
      label: 'Knappen Skriv ut',
      schema: { label: fields.text({ label: 'Knappens text', defaultValue: 'Skriv ut' }) },
    }),
    CardLinkNotice: block({ label: 'Rutan om en ifylld kortlänk', schema: {} }),
    CardLinkForm: block({ label: 'Formuläret för kortlänken', schema: {} }),
    FeedbackPrivacy: block({ label: 'Texten om frågan om sidan hjälpte', schema: {} }),
    AccessibilityAssessed: inline({
      label: 'Datum för tillgänglighetsbedömningen',
      schema: {},
      ContentView: () => createElement('span', null, 'Datum för bedömningen'),
    }),
    AccessibilityChecklist: block({
      label: 'Ur checklistan för tillgänglighet',
      schema: {
        show: fields.select({
          label: 'Vad som visas',
          options: [
            { label: 'Hur förenlig webbplatsen är', value: 'conformance' },
            { label: 'Kriterier som ingen har kontrollerat', value: 'untested' },
            { label: 'Kriterier som bara testerna kontrollerar', value: 'automated' },
          ],
          defaultValue: 'conformance',
        }),
      },
    }),
  };

  const page = FIELDS.pages;

  /** The fields of every page, in the order they are written in the file. */
  const pageSchema = {
    title: fields.slug({
      name: { ...about(page.title), validation: { length: { min: 3, max: 70 } } },
      slug: {
        label: 'Adress',
        description:
          'Sidans adress, till exempel polisanmalan för /polisanmalan/. Ändra den inte när andra kan ha länkat hit.',
      },
    }),
    description: fields.text({
      ...about(page.description),
      multiline: true,
      validation: { length: { min: 10, max: 160 } },
    }),
    navLabel: optionalText(page.navLabel),
    navOrder: fields.integer(about(page.navOrder)),
    published: date(page.published),
    updated: date(page.updated),
    reviewed: date(page.reviewed),
    owner: pick(page.owner, 'personer'),
    sources: pickMany(page.sources, 'lankar'),
    seed: fields.checkbox(about(page.seed)),
    keywords: words(page.keywords, 'Sökord'),
    feedback: fields.checkbox({ ...about(page.feedback), defaultValue: true }),
    content: fields.mdx({
      label: 'Text',
      components,
      options: {
        image: false,
        table: false,
        codeBlock: false,
        code: false,
        divider: false,
        blockquote: false,
        strikethrough: false,
        heading: [2, 3],
      },
    }),
  };

  /** A Lättläst or English page also names the Swedish page it is a version of. */
  const versionSchema = {
    ...pageSchema,
    original: pick(page.original, 'sidor'),
    basedOn: pickMany(page.basedOn, 'sidor'),
  };

  const pages = (label: string, folder: string, preview: string, schema: typeof pageSchema | typeof versionSchema) =>
    collection({
      label,
      path: `${folder}/*`,
      slugField: 'title',
      format: { contentField: 'content' },
      entryLayout: 'content',
      previewUrl: preview,
      columns: ['title'],
      schema,
    });

  /** One YAML file an entry, named by its id. */
  const entries = (label: string, folder: string) => ({
    label,
    path: `${folder}/*` as const,
    format: { data: 'yaml' as const },
  });

  const phone = FIELDS.phoneNumbers;
  const link = FIELDS.links;
  const organisation = FIELDS.organisations;
  const person = FIELDS.people;
  const step = FIELDS.steps;

  return config({
    storage: { kind: 'local' },
    locale: 'sv-SE',
    ui: {
      brand: { name: 'Stöd vid hot och hat – redigera' },
      navigation: {
        Sidor: ['sidor', 'lattlast', 'engelska'],
        Uppgifter: ['telefonnummer', 'personer', 'organisationer', 'lankar'],
        'Steg och sök': ['steg', 'sokord'],
      },
    },
    collections: {
      sidor: pages('Sidor på svenska', PAGES_DIR, '/{slug}/', pageSchema),
      lattlast: pages('Lättlästa sidor', `${PAGES_DIR}/lattlast`, '/lattlast/{slug}/', versionSchema),
      engelska: pages('Sidor på engelska', `${PAGES_DIR}/en`, '/en/{slug}/', versionSchema),
      telefonnummer: collection({
        ...entries('Telefonnummer', DATA_DIRS.phoneNumbers),
        slugField: 'label',
        schema: {
          label: fields.slug({
            name: { ...about(phone.label), validation: { length: { min: 2 } } },
            slug: { label: 'Id', description: 'Sidorna hänvisar till numret med id:t. Ändra det inte.' },
          }),
          number: text(phone.number, 3),
          note: optionalText(phone.note),
          earlierNumberPublished: optionalDate(phone.earlierNumberPublished),
          replacedBy: optionalPick(phone.replacedBy, 'telefonnummer'),
          lattlast: phoneWording(phone.lattlast),
          en: phoneWording(phone.en),
          ...provenance(phone),
        },
      }),
      personer: collection({
        ...entries('Personer', DATA_DIRS.people),
        slugField: 'name',
        schema: {
          name: fields.slug({
            name: { ...about(person.name), validation: { length: { min: 2 } } },
            slug: { label: 'Id', description: 'Sidorna hänvisar till personen med id:t. Ändra det inte.' },
          }),
          role: text(person.role, 2),
          shortRole: text(person.shortRole, 2),
          organisation: pick(person.organisation, 'organisationer'),
          phone: pick(person.phone, 'telefonnummer'),
          email: text(person.email, 3),
          earlierEmail: optionalText(person.earlierEmail),
          ...provenance(person),
        },
      }),
      organisationer: collection({
        ...entries('Organisationer', DATA_DIRS.organisations),
        slugField: 'name',
        schema: {
          name: fields.slug({
            name: { ...about(organisation.name), validation: { length: { min: 2 } } },
            slug: { label: 'Id', description: 'Sidorna hänvisar till organisationen med id:t. Ändra det inte.' },
          }),
          helpsWith: text(organisation.helpsWith, 3),
          phone: optionalPick(organisation.phone, 'telefonnummer'),
          email: optionalText(organisation.email),
          website: optionalPick(organisation.website, 'lankar'),
          ...provenance(organisation),
        },
      }),
      lankar: collection({
        ...entries('Länkar och källor', DATA_DIRS.links),
        slugField: 'text',
        schema: {
          text: fields.slug({
            name: { ...about(link.text), validation: { length: { min: 3 } } },
            slug: { label: 'Id', description: 'Sidorna hänvisar till länken med id:t. Ändra det inte.' },
          }),
          url: optionalText(link.url),
          lattlast: optionalText(link.lattlast),
          dated: optionalText(link.dated),
          storedCopy: fields.checkbox(about(link.storedCopy)),
          ...provenance(link),
        },
      }),
      steg: collection({
        ...entries('Steg', DATA_DIRS.steps),
        slugField: 'title',
        schema: {
          title: fields.slug({
            name: { ...about(step.title), validation: { length: { min: 3 } } },
            slug: {
              label: 'Adress (id)',
              description: 'Stegets adress efter #. Ändra den inte: länkar som andra har sparat slutar då att fungera.',
            },
          }),
          order: fields.integer({ ...about(step.order), validation: { isRequired: true, min: 1 } }),
          audience: fields.select({
            ...about(step.audience),
            options: [
              { label: 'Förtroendevalda', value: 'fortroendevald' },
              { label: 'Säkerhetsansvariga', value: 'sakerhetsansvarig' },
            ],
            defaultValue: 'fortroendevald',
          }),
          urgent: fields.checkbox(about(step.urgent)),
          text: fields.text({ ...about(step.text), multiline: true, validation: { length: { min: 3 } } }),
          phones: pickMany(step.phones, 'telefonnummer'),
          points: words(step.points, 'Punkt'),
          pages: pageLinks(step.pages),
          links: pickMany(step.links, 'lankar'),
          card: optionalText(step.card),
          lattlast: stepWording(step.lattlast),
          en: stepWording(step.en),
        },
      }),
    },
    singletons: {
      sokord: singleton({
        label: 'Sökord och synonymer',
        path: SYNONYMS_FILE.replace(/\.yaml$/, ''),
        format: { data: 'yaml' },
        schema: {
          synonyms: fields.array(
            fields.object({
              word: fields.text({
                label: 'Vardagsord',
                description: 'Ordet som läsaren söker på.',
                // One letter is a word readers search for: "x" (the social network) is in the list.
                validation: { length: { min: 1 } },
              }),
              means: words(FIELDS.searchSynonyms.means, 'Ord i guiden'),
            }),
            {
              label: 'Vardagsord',
              description: 'Vardagsord som läsare söker på, och orden som guiden använder för samma sak.',
              itemLabel: (props) => props.fields.word.value || 'Vardagsord',
            },
          ),
        },
      }),
    },
  });
}

export default editorConfig(keystaticCore, keystaticComponents);
