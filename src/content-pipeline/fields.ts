// The name and the help text of every field an editor fills in, in Swedish, written once: the schemas (schemas.ts)
// carry them as their descriptions, and the editor in the browser (src/editor/, npm run edit) shows them beside
// each field. A unit test keeps this list and the schemas' fields the same.
import type { DataCollection } from './files.ts';

export interface FieldText {
  label: string;
  help: string;
}

const provenance = {
  source: {
    label: 'Källa',
    help: 'Var uppgiften kommer ifrån: en sida, ett dokument eller en organisation, med datum om den har ett.',
  },
  checked: {
    label: 'Jämförd med källan',
    help: 'Dagen då någon senast jämförde uppgiften med källan. Skriv dagens datum bara när du själv har gjort det.',
  },
  sourceUrl: {
    label: 'Källans adress',
    help: 'Källans webbadress, om den har en och den inte är postens egen adress. npm run check:sources hämtar den.',
  },
  expect: {
    label: 'Text som källan ska innehålla',
    help: 'En kort text som källan ska innehålla, till exempel "116 006". npm run check:sources säger till när den är borta.',
  },
} satisfies Record<string, FieldText>;

export const FIELDS = {
  phoneNumbers: {
    number: {
      label: 'Nummer',
      help: 'Numret som det skrivs i Sverige, till exempel 08-452 75 03 eller 114 14. Sidorna visar det med rätt mellanrum.',
    },
    label: { label: 'Vem som svarar', help: 'Vem som svarar, med några ord, till exempel Polisen.' },
    note: {
      label: 'Öppettider och kostnad',
      help: 'Öppettider, kostnad eller språk som källan anger dem. Lämna tomt det som källan inte säger.',
    },
    earlierNumberPublished: {
      label: 'Publicerat som gällande',
      help: 'Bara för ett nummer som har ersatts: dagen då det publicerades som gällande.',
    },
    replacedBy: { label: 'Ersatt av', help: 'Bara för ett nummer som har ersatts: numret som gäller i stället.' },
    lattlast: {
      label: 'På lättläst svenska',
      help: 'Vem som svarar och när, i lättlästa ord. Visas i stegen på de lättlästa sidorna.',
    },
    en: { label: 'På engelska', help: 'Vem som svarar och när, på engelska. Visas i stegen på de engelska sidorna.' },
    ...provenance,
  },
  links: {
    url: {
      label: 'Adress',
      help: 'Hela adressen, alltid https. Lämna tomt för en källa vars exakta adress du inte känner till: då visas den som text, och sidorna kan inte länka till den. Hitta aldrig på en adress.',
    },
    text: {
      label: 'Länktext',
      help: 'Texten som läsaren ser. Den säger vart länken leder, aldrig "klicka här". För en källa: dess namn och utgivare.',
    },
    lattlast: {
      label: 'Namn på lättläst svenska',
      help: 'Källans namn i lättlästa ord, till exempel "Polisen om hot på nätet". Visas på de lättlästa sidorna.',
    },
    dated: {
      label: 'Källans datum',
      help: 'Hur källan själv är daterad, som den skriver det: "publicerad 27 maj 2024", "2021" eller "utan datum". Visas under Källor.',
    },
    storedCopy: {
      label: 'Jämförd med en sparad kopia',
      help: 'Bocka i när uppgiften jämfördes med en sparad kopia av källan och inte med sidan på nätet. Källor säger det då.',
    },
    ...provenance,
  },
  organisations: {
    name: { label: 'Namn', help: 'Organisationens namn som den själv skriver det.' },
    helpsWith: { label: 'Hjälper till med', help: 'En mening om vad organisationen hjälper till med.' },
    phone: { label: 'Telefonnummer', help: 'Organisationens nummer för läsare.' },
    email: { label: 'E-post', help: 'Organisationens e-postadress för läsare, om den har en.' },
    website: { label: 'Webbplats', help: 'Organisationens webbsida för läsare.' },
    ...provenance,
  },
  people: {
    name: { label: 'Namn', help: 'Personens fullständiga namn.' },
    role: { label: 'Roll', help: 'Rollen som organisationen skriver den.' },
    shortRole: { label: 'Kort roll', help: 'En kort roll, till exempel Projektledare.' },
    organisation: { label: 'Organisation', help: 'Där personen arbetar.' },
    phone: { label: 'Telefonnummer', help: 'Personens telefonnummer.' },
    email: { label: 'E-post', help: 'Adressen som gäller i dag. Sidfoten och frågan om sidan hjälpte använder den.' },
    earlierEmail: {
      label: 'Tidigare e-post',
      help: 'Adressen på SKL:s sida 7 december 2018. Visas bara som historik, aldrig som länk.',
    },
    ...provenance,
  },
  pages: {
    title: { label: 'Rubrik', help: 'Sidans rubrik, 3–70 tecken, unik för webbplatsen. Säger vad läsaren får.' },
    description: {
      label: 'Beskrivning',
      help: 'En eller två meningar om sidan, högst 160 tecken. Visas i sökresultat och när någon delar en länk.',
    },
    navLabel: { label: 'Namn i menyn', help: 'Ett kortare namn i menyn. Lämna tomt för att visa rubriken.' },
    navOrder: {
      label: 'Plats i menyn',
      help: 'Platsen i menyn, 1 först. Utan den syns sidan inte i menyn, och då måste en annan sida länka till den.',
    },
    published: { label: 'Publicerad', help: 'Dagen då sidan först publicerades.' },
    updated: { label: 'Ändrad', help: 'Dagen då innehållet senast ändrades.' },
    reviewed: {
      label: 'Granskad',
      help: 'Dagen då någon senast kontrollerade att hela sidan stämmer. Visas som "Senast granskad".',
    },
    owner: { label: 'Sidansvarig', help: 'Personen som ansvarar för sidans innehåll.' },
    feedback: {
      label: 'Fråga om sidan hjälpte',
      help: 'Ta bort bocken för att ta bort frågan "Hjälpte informationen på sidan dig?".',
    },
    original: {
      label: 'Svensk originalsida',
      help: 'Bara för en lättläst eller engelsk sida: id:t för den svenska sidan som den är en version av, till exempel polisanmalan, eller index för startsidan.',
    },
    basedOn: {
      label: 'Bygger också på',
      help: 'Bara för en lättläst eller engelsk sida: fler svenska sidor vars uppgifter den upprepar.',
    },
    sources: {
      label: 'Källor',
      help: 'Källorna till sidans uppgifter. De visas under rubriken Källor längst ned på sidan. Krävs, utom när sidan bara bygger på SKL:s sida.',
    },
    seed: {
      label: 'Bara SKL:s sida från 2018',
      help: 'Bocka i om sidan bara säger det som står på SKL:s sida 7 december 2018, eller bara handlar om guiden själv. Då behövs inga källor.',
    },
    keywords: {
      label: 'Sökord',
      help: 'Ord som läsare kan söka på men som inte står i texten: delar av sammansatta ord, vardagsord, synonymer.',
    },
  },
  steps: {
    order: {
      label: 'Plats',
      help: 'Stegets plats i listan, 1 först. Två steg i samma lista får inte ha samma nummer.',
    },
    audience: { label: 'För vem', help: 'För förtroendevalda (guidens steg) eller för säkerhetsansvariga.' },
    title: { label: 'Rubrik', help: 'Det läsaren gör, till exempel "Anmäl till polisen".' },
    urgent: { label: 'Akut', help: 'Bocka i för ett steg vid akut fara. Det visas i varningsfärgen.' },
    text: {
      label: 'Text',
      help: 'En eller två meningar om vad läsaren gör och när. Skriv inga nummer här, välj dem under Nummer.',
    },
    phones: { label: 'Nummer', help: 'Nummer att ringa. De visas som "Ring …" med sin öppettid.' },
    points: {
      label: 'Punkter',
      help: 'Korta punkter i den ordning läsaren gör dem, till exempel vad läsaren säger i telefon.',
    },
    pages: { label: 'Sidor i guiden', help: 'Länkar till guidens egna sidor, med texten som läsaren ser.' },
    links: { label: 'Länkar till andra webbplatser', help: 'Länkar från länkregistret.' },
    card: {
      label: 'Text på akutkortet',
      help: 'En kort mening för det utskrivna akutkortet. De tre första stegen med en sådan text skrivs ut.',
    },
    lattlast: {
      label: 'På lättläst svenska',
      help: 'Stegets ord på de lättlästa sidorna. Platsen, numren och länkarna till andra webbplatser är desamma som på svenska.',
    },
    en: {
      label: 'På engelska',
      help: 'Stegets ord på de engelska sidorna. Platsen, numren och länkarna till andra webbplatser är desamma som på svenska.',
    },
  },
  searchSynonyms: {
    means: {
      label: 'Betyder',
      help: 'Ord i guiden, också som del av ett längre ord. En sida med något av dem hittas på vardagsordet.',
    },
  },
} satisfies Record<DataCollection | 'pages', Record<string, FieldText>>;
