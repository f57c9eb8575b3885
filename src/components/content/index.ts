// The components an MDX page in content/pages can use without importing it. The names and what their attributes
// refer to are in src/content-pipeline/components.ts; the type below makes this list and that one the same.
import type { ContentComponentName } from '../../content-pipeline/components.ts';
import AccessibilityAssessed from './AccessibilityAssessed.astro';
import AccessibilityChecklist from './AccessibilityChecklist.astro';
import Action from './Action.astro';
import CallToAction from './CallToAction.astro';
import ContactPerson from './ContactPerson.astro';
import Email from './Email.astro';
import ExternalLink from './ExternalLink.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import Lead from './Lead.astro';
import Notice from './Notice.astro';
import Organisation from './Organisation.astro';
import PageList from './PageList.astro';
import Phone from './Phone.astro';
import Swedish from './Swedish.astro';
import SearchPage from '../search/SearchPage.astro';
import StepByStep from '../act/StepByStep.astro';
import NotesForm from '../act/NotesForm.astro';
import EmergencyCard from '../act/EmergencyCard.astro';
import FirstSteps from '../act/FirstSteps.astro';
import PrintButton from '../act/PrintButton.astro';
import CardLinkForm from '../act/CardLinkForm.astro';
import CardLinkNotice from '../act/CardLinkNotice.astro';
import FeedbackPrivacy from '../act/FeedbackPrivacy.astro';

// Markdown's ## and ### headings render through H2 and H3, which give them ASCII ids and a section link.
export const contentComponents: Record<ContentComponentName | 'h2' | 'h3', unknown> = {
  AccessibilityAssessed,
  AccessibilityChecklist,
  Action,
  CallToAction,
  CardLinkForm,
  CardLinkNotice,
  ContactPerson,
  Email,
  EmergencyCard,
  ExternalLink,
  FeedbackPrivacy,
  FirstSteps,
  Lead,
  Notice,
  Organisation,
  PageList,
  Phone,
  PrintButton,
  NotesForm,
  SearchPage,
  StepByStep,
  Swedish,
  h2: H2,
  h3: H3,
};
