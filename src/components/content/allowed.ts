// The components an MDX page in content/pages may use, and what each one's attributes refer to. index.ts maps
// these names to the components (the type checker keeps the two lists equal) and the content pipeline
// (src/content-pipeline/rules/components.ts) checks every use in the pages before anything renders.
import type { DataCollection } from '../../content-pipeline/files.ts';
import { SEARCH_PAGE_ANCHORS } from '../search/search-anchors.ts';

export interface ComponentRule {
  /** Attributes that name one entry in a data file, e.g. <Phone id="polisen" />; they are required. */
  ids?: Record<string, DataCollection>;
  /** Attributes that list entries in a data file, e.g. support={['vardguiden']}. */
  idLists?: Record<string, DataCollection>;
  /**
   * A flag attribute that needs a field in the entry the id names, e.g. <Email person="…" earlier /> shows the
   * person's earlierEmail: { earlier: 'earlierEmail' }.
   */
  flagNeedsField?: Record<string, string>;
  /** The attribute whose value becomes an anchor on the page (<Action id="akut-fara">). */
  anchorAttribute?: string;
  /** Anchors the component always puts on the page. */
  anchors?: readonly string[];
  /** Puts an anchor on the page for every step in content/steps.yaml. */
  stepAnchors?: boolean;
  /** Needs three steps with a card text in content/steps.yaml. */
  needsCardSteps?: number;
}

/** The anchors of the layout, the same on every page. */
export const LAYOUT_ANCHORS = { main: 'innehall' } as const;

export { SEARCH_PAGE_ANCHORS };

/** The anchor of the akutkort's "För säkerhetsansvariga" part, which pages may link to. */
export const CARD_LINK_ANCHOR = 'for-sakerhetsansvariga';

/**
 * The start page's section addresses from before its first steps came from content/steps.yaml (earlier address →
 * step id). They stay on the page, so that links in mails and on intranets still lead to the same step.
 */
export const EARLIER_STEP_ANCHORS: Readonly<Record<string, string>> = { polisanmal: 'anmal-till-polisen', sakerhetsansvarig: 'beratta-for-sakerhetsansvarig', stod: 'fa-stod' };

/** How many steps the akutkort prints. A plain constant, so that a browser script importing this module's anchors does not bundle the whole list below. */
export const CARD_STEPS = 3;

export const CONTENT_COMPONENTS = {
  Phone: { ids: { id: 'phoneNumbers' } },
  ExternalLink: { ids: { id: 'links' } },
  ContactPerson: { ids: { id: 'people' } },
  Organisation: { ids: { id: 'organisations' } },
  Email: { ids: { person: 'people' }, flagNeedsField: { earlier: 'earlierEmail' } },
  Action: { anchorAttribute: 'id' },
  PageList: {},
  SearchPage: { anchors: Object.values(SEARCH_PAGE_ANCHORS) },
  StepByStep: { stepAnchors: true },
  FirstSteps: { stepAnchors: true, anchors: Object.keys(EARLIER_STEP_ANCHORS) },
  NotesForm: {},
  EmergencyCard: { idLists: { support: 'phoneNumbers' }, needsCardSteps: CARD_STEPS },
  PrintButton: {},
  CardLinkNotice: {},
  CardLinkForm: { anchors: [CARD_LINK_ANCHOR] },
  FeedbackPrivacy: {},
  AccessibilityChecklist: {},
} as const satisfies Record<string, ComponentRule>;

export type ContentComponentName = keyof typeof CONTENT_COMPONENTS;
