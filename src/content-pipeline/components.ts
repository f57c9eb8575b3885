// The components an MDX page in content/pages may use, and what each one's attributes refer to. index.ts maps
// these names to the components (the type checker keeps the two lists equal) and the content pipeline
// (src/content-pipeline/rules/components.ts) checks every use in the pages before anything renders.
import type { DataCollection } from './files.ts';
import { CARD_LINK_ANCHOR, EARLIER_STEP_ANCHORS, SEARCH_PAGE_ANCHORS } from '../lib/anchors.ts';

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
  /** Puts an anchor on the page for every step in content/steps/. */
  stepAnchors?: boolean;
  /** Needs three steps with a card text in content/steps/. */
  needsCardSteps?: number;
  /** The attribute that is a link inside the site (<CallToAction href="/vad-gor-jag-nu/">), checked like any link. */
  linkAttribute?: string;
  /** The attribute whose value the reader sees as the link's text. */
  linkTextAttribute?: string;
}

export const CONTENT_COMPONENTS = {
  Phone: { ids: { id: 'phoneNumbers' } },
  ExternalLink: { ids: { id: 'links' } },
  ContactPerson: { ids: { id: 'people' } },
  Organisation: { ids: { id: 'organisations' } },
  Email: { ids: { person: 'people' }, flagNeedsField: { earlier: 'earlierEmail' } },
  Action: { anchorAttribute: 'id' },
  Lead: {},
  Notice: {},
  CallToAction: { linkAttribute: 'href', linkTextAttribute: 'text' },
  Swedish: {},
  PageList: {},
  SearchPage: { anchors: Object.values(SEARCH_PAGE_ANCHORS) },
  StepByStep: { stepAnchors: true },
  FirstSteps: {
    stepAnchors: true,
    anchors: [...new Set(Object.values(EARLIER_STEP_ANCHORS).flatMap((anchors) => Object.keys(anchors)))],
  },
  NotesForm: {},
  EmergencyCard: { idLists: { support: 'phoneNumbers' }, needsCardSteps: 3 },
  PrintButton: {},
  CardLinkNotice: {},
  CardLinkForm: { anchors: [CARD_LINK_ANCHOR] },
  FeedbackPrivacy: {},
  AccessibilityChecklist: {},
  AccessibilityAssessed: {},
} as const satisfies Record<string, ComponentRule>;

export type ContentComponentName = keyof typeof CONTENT_COMPONENTS;

/** How many steps the akutkort prints. */
export const CARD_STEPS = CONTENT_COMPONENTS.EmergencyCard.needsCardSteps;
